import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { HankoMetadataInspector } from '../src/components/HankoMetadataInspector';
import { HANKO_ERROR_BODIES, type HankoErrorStatus, hankoFixtures, hankoHandlers, sequence } from '../src/msw';

const { userId } = hankoFixtures;

/**
 * Fetches through the provider's Hanko client, which calls the app's proxy route `/api/hanko`
 * (browsers never call the admin API); the `react-user-metadata/msw` handlers answer for it.
 */
const meta = {
  title: 'Components/HankoMetadataInspector',
  component: HankoMetadataInspector,
  tags: ['autodocs'],
  args: { userId, style: { maxWidth: '44rem' } },
  parameters: { msw: [hankoHandlers.metadata()] },
} satisfies Meta<typeof HankoMetadataInspector>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('tree', { name: 'Public metadata' })).toBeVisible();
    await expect(canvas.getByRole('treeitem', { name: /Vision Platform/ })).toBeVisible();
    await expect(canvas.getByText('Private metadata is hidden.')).toBeVisible();
  },
};

/** Private metadata arrives with the rest, but stays out of the page until revealed; Hide takes it out again. */
export const RevealPrivate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('button', { name: 'Reveal private metadata' });
    await expect(canvasElement).not.toHaveTextContent('internal_notes');
    await userEvent.click(toggle);
    await expect(canvas.getByRole('treeitem', { name: /^internal_notes/ })).toBeVisible();
    await expect(toggle).toHaveAccessibleName('Hide private metadata');
    await userEvent.click(toggle);
    await expect(canvasElement).not.toHaveTextContent('internal_notes');
    await userEvent.click(toggle);
  },
};

/**
 * The proxy withheld private metadata from this reader (its `X-User-Metadata-Withheld` header, read
 * into `withheld_categories`): the section says so instead of "No private metadata", with no Reveal.
 */
export const HiddenByAccess: Story = {
  parameters: {
    msw: [
      http.get('/api/hanko/users/:userId/metadata', () =>
        HttpResponse.json(
          { public_metadata: hankoFixtures.full.public_metadata, unsafe_metadata: hankoFixtures.full.unsafe_metadata },
          { headers: { 'X-User-Metadata-Withheld': 'private_metadata' } },
        ),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Hidden by your access')).toBeVisible();
    await expect(canvasElement.querySelector('[data-category="private_metadata"]')).toHaveAttribute(
      'data-state',
      'withheld',
    );
    await expect(canvas.queryByRole('button', { name: 'Reveal private metadata' })).toBeNull();
    await expect(canvas.queryByText('No private metadata')).toBeNull();
  },
};

export const Loading: Story = {
  parameters: { msw: [hankoHandlers.metadata({ delay: 'infinite' })] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading metadata…');
    await expect(canvasElement.querySelector('[data-state="loading"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** HTTP 204: the user has no metadata at all. The plain-language line first, the detail second. */
export const Empty: Story = {
  parameters: { msw: [hankoHandlers.empty()] },
  play: async ({ canvasElement }) => {
    const title = await within(canvasElement).findByText('This user has no metadata yet');
    await expect(title).toBeVisible();
    await expect(title.nextElementSibling).toHaveTextContent('204 No Content');
  },
};

/** Another user, who has only public metadata. */
export const OtherUser: Story = {
  args: { userId: hankoFixtures.otherUserId },
  parameters: {
    msw: [
      hankoHandlers.metadata({ userId: hankoFixtures.otherUserId, metadata: hankoFixtures.publicOnly }),
      hankoHandlers.status(404),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No private metadata')).toBeVisible();
    await expect(canvas.getByText('No unsafe metadata')).toBeVisible();
  },
};

/** Not a UUID: said at once in plain words, the rule second, and no request is sent (no handler would answer one). */
export const InvalidUserId: Story = {
  args: { userId: 'user-42' },
  parameters: { msw: [] },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert.firstElementChild).toHaveTextContent('That isn’t a valid user id');
    await expect(alert.lastElementChild).toHaveTextContent('must be a UUID');
    await expect(within(canvasElement).queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

export const NotFound: Story = {
  parameters: { msw: [hankoHandlers.status(404)] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Not found');
    await expect(alert).toHaveTextContent('There is no Hanko user with this id.');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

/** One story per error status, each with Hanko's own error body, shown in the error message. */
function errorStory(status: Exclude<HankoErrorStatus, 404>): Story {
  return {
    parameters: { msw: [hankoHandlers.status(status)] },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(`${HANKO_ERROR_BODIES[status].message} (HTTP ${status})`);
      await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
    },
  };
}

export const BadRequest400 = errorStory(400);
export const Unauthorized401 = errorStory(401);
export const Forbidden403 = errorStory(403);
export const ServerError500 = errorStory(500);

export const NetworkError: Story = {
  parameters: { msw: [hankoHandlers.networkError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Could not reach Hanko');
  },
};

/** The proxy route answered with an HTML page (a login wall, a 404 page of the app). */
export const HtmlErrorPage: Story = {
  parameters: { msw: [hankoHandlers.htmlError()] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('HTML page instead of JSON');
  },
};

/** The first request fails; Retry asks again and the metadata appears. */
export const Retry: Story = {
  parameters: { msw: [sequence(hankoHandlers.status(500), hankoHandlers.metadata({ delay: 300 }))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('alert');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    // The error and its busy button stay (no skeleton in between), so focus does not fall to <body>.
    await expect(await canvas.findByRole('button', { name: 'Retrying…' })).toHaveFocus();
    await expect(await canvas.findByRole('tree', { name: 'Public metadata' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    // Then the first section's heading takes it over.
    await expect(canvas.getByRole('heading', { name: 'Public metadata' })).toHaveFocus();
  },
};
