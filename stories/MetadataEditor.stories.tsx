import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MetadataEditor } from '../src/components/MetadataEditor';
import { BudgetMeter } from '../src/components/metadataEditor/BudgetMeter';
import { type CountingBudget, categoryBudget } from '../src/components/metadataEditor/categoryBudget';
import { MetadataCategoryTree } from '../src/components/metadataEditor/MetadataCategoryTree';
import type { EditingPartsAccess, WaitingEdit } from '../src/components/metadataEditor/useEditingParts';
import { defaultMetadataEditorLabels as labels } from '../src/components/metadataEditor/defaultMetadataEditorLabels';
import type { StandardSchemaV1 } from '../src/core/StandardSchema';
import { hankoFixtures } from '../src/msw';
import { keyboardEditingSession } from './keyboardEditingSession';
// The editor's stylesheet, which apps import next to styles.css (the preview imports that one).
import '../src/editor.css';

const meta = {
  title: 'Components/MetadataEditor',
  component: MetadataEditor,
  tags: ['autodocs'],
  args: { metadata: hankoFixtures.full, onSave: fn(), style: { maxWidth: '52rem' } },
} satisfies Meta<typeof MetadataEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = (canvasElement: HTMLElement, tree: string, name: RegExp) =>
  within(within(canvasElement).getByRole('tree', { name: tree })).getByRole('treeitem', { name });
const patchText = (canvasElement: HTMLElement) => canvasElement.querySelector('.rum-editor-patch')?.textContent;

/**
 * F2 on a row, its value input cleared and `text` typed (end with {Enter} to commit); returns the input.
 * The form opens once the editing parts have loaded (the first focus starts their load).
 */
async function retypeValue(canvasElement: HTMLElement, tree: string, name: RegExp, text: string) {
  row(canvasElement, tree, name).focus();
  await userEvent.keyboard('{F2}');
  const value = await within(canvasElement).findByRole('textbox', { name: 'Value' });
  await userEvent.clear(value);
  await userEvent.type(value, text);
  return value;
}

/** Change a value in place (F2, type, Enter), see the diff marker and the exact patch, save. */
export const EditAndSave: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await retypeValue(canvasElement, 'Public metadata', /^role/, 'owner{Enter}');
    await expect(row(canvasElement, 'Public metadata', /^role/)).toHaveAttribute('data-change', 'changed');
    await expect(patchText(canvasElement)).toBe('{"public_metadata":{"role":"owner"}}');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(args.onSave).toHaveBeenCalledWith({ public_metadata: { role: 'owner' } }, expect.anything());
  },
};

/** A row being edited: key, type and value inputs fit the row; text that is not a number is refused in place. */
export const EditingARow: Story = {
  play: async ({ canvasElement }) => {
    const value = await retypeValue(canvasElement, 'Unsafe metadata', /^onboarding_step/, 'three{Enter}');
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Not a number');
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(patchText(canvasElement)).toBeUndefined();
  },
};

/** Insert adds a member and names it in place; Delete removes one; both show in the diff. */
export const AddAndRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    row(canvasElement, 'Unsafe metadata', /^onboarding_step/).focus();
    await userEvent.keyboard('{Insert}');
    const key = await canvas.findByRole('textbox', { name: 'Key' });
    await userEvent.clear(key);
    await userEvent.type(key, 'beta_opt_in');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Type' }), 'boolean');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Value' }), 'true');
    await userEvent.keyboard('{Enter}');
    row(canvasElement, 'Unsafe metadata', /^last_seen_version/).focus();
    await userEvent.keyboard('{Delete}');
    await expect(patchText(canvasElement)).toBe('{"unsafe_metadata":{"last_seen_version":null,"beta_opt_in":true}}');
    await expect(canvas.getByRole('heading', { name: '2 changes' })).toBeVisible();
  },
};

/** Ctrl+Z undoes the last step and Ctrl+Shift+Z redoes it, announced to screen readers. */
export const UndoRedo: Story = {
  play: async ({ canvasElement }) => {
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(patchText(canvasElement)).toBe('{"public_metadata":{"onboarded":null}}'));
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(patchText(canvasElement)).toBeUndefined();
    await expect(canvasElement.querySelector('.rum-metadata-editor > [role="status"]')).toHaveTextContent('Undone');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect(patchText(canvasElement)).toBe('{"public_metadata":{"onboarded":null}}');
  },
};

/** Over Hanko's 3,000 characters, the category says by how much and Save is off. */
export const OverTheLimit: Story = {
  args: {
    metadata: { ...hankoFixtures.full, unsafe_metadata: { ...hankoFixtures.unsafeMetadata, notes: 'n'.repeat(2860) } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('meter', { name: 'Unsafe metadata' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringContaining('over the limit'),
    );
    row(canvasElement, 'Unsafe metadata', /^onboarding_step/).focus();
    await userEvent.keyboard('{F2}');
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Value' }), '0{Enter}');
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

const themeSchema: StandardSchemaV1 = {
  '~standard': {
    version: 1,
    vendor: 'story',
    validate: (value) => {
      const theme = (value as { preferences?: { theme?: unknown } }).preferences?.theme;
      return theme === 'dark' || theme === 'light'
        ? { value }
        : { issues: [{ message: 'Theme must be dark or light', path: ['preferences', 'theme'] }] };
    },
  },
};

/** A draft the app's schema refuses: the issue is on its row, and Save stays off. */
export const SchemaIssue: Story = {
  args: { schemas: { unsafe_metadata: themeSchema } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    row(canvasElement, 'Unsafe metadata', /^preferences/).focus();
    await userEvent.keyboard('{ArrowRight}{F2}');
    const value = await canvas.findByRole('textbox', { name: 'Value' });
    await userEvent.clear(value);
    await userEvent.type(value, 'sepia{Enter}');
    await waitFor(() => expect(row(canvasElement, 'Unsafe metadata', /^theme/)).toHaveTextContent('Theme must be dark or light'));
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/** Private metadata is neither shown nor editable until revealed. */
export const PrivateWhileMasked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('tree', { name: 'Private metadata' })).toBeNull();
    await expect(canvasElement).not.toHaveTextContent('cus_Q2x9LmN4pR7sT1');
    await userEvent.click(canvas.getByRole('button', { name: 'Reveal private metadata' }));
    await expect(row(canvasElement, 'Private metadata', /^stripe_customer_id/)).toBeVisible();
  },
};

/** F2 on a row opens its key too: a new name, Enter, and the patch removes the old key and sends the new one. */
export const Rename: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{F2}');
    const key = await canvas.findByRole('textbox', { name: 'Key' });
    await userEvent.clear(key);
    await userEvent.type(key, 'onboarding_done{Enter}');
    await expect(patchText(canvasElement)).toBe('{"public_metadata":{"onboarded":null,"onboarding_done":true}}');
  },
};

/** The type select turns a value into another type, keeping what it can (a number's text as a string). */
export const TypeChange: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    row(canvasElement, 'Unsafe metadata', /^onboarding_step/).focus();
    await userEvent.keyboard('{F2}');
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Type' }), 'string');
    await userEvent.keyboard('{Enter}');
    await expect(patchText(canvasElement)).toBe('{"unsafe_metadata":{"onboarding_step":"3"}}');
  },
};

/** Another admin saves while this draft has changes: theirs against mine, then both kept and the patch re-made. */
export const ConflictAndRebase: Story = {
  render: function ConflictDemo(args) {
    const [metadata, setMetadata] = useState(args.metadata);
    const otherAdminSaves = () =>
      setMetadata({ ...hankoFixtures.full, public_metadata: { ...hankoFixtures.publicMetadata, role: 'owner' } });
    return (
      <div style={{ display: 'grid', gap: 12 }}>
        <button type="button" className="rum-button" style={{ justifySelf: 'start' }} onClick={otherAdminSaves}>
          Simulate another admin's save
        </button>
        <MetadataEditor {...args} metadata={metadata} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(patchText(canvasElement)).toBe('{"public_metadata":{"onboarded":null}}'));
    await userEvent.click(canvas.getByRole('button', { name: "Simulate another admin's save" }));
    // The conflict view loads on demand: only a conflict needs it.
    await expect(await canvas.findByRole('alert', { name: /Someone else changed/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Keep both and review' }));
    await expect(row(canvasElement, 'Public metadata', /^role/)).toHaveTextContent('owner');
    await expect(patchText(canvasElement)).toBe('{"public_metadata":{"onboarded":null}}');
  },
};

const shownKeys = (canvasElement: HTMLElement, tree: string) =>
  within(within(canvasElement).getByRole('tree', { name: tree }))
    .getAllByRole('treeitem')
    .map((item) => item.querySelector('.rum-json-key')?.textContent);

/** "Only changes" narrows each tree to the changed, added and removed rows and the containers above them. */
export const OnlyChanges: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await retypeValue(canvasElement, 'Public metadata', /^name/, 'Vision Labs{Enter}');
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{Delete}');
    const toggle = canvas.getByRole('button', { name: 'Only changes' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(shownKeys(canvasElement, 'Public metadata')).toEqual(['team', 'name', 'onboarded']);
    // Unsafe metadata has none; nor has private metadata, masked.
    for (const category of ['unsafe_metadata', 'private_metadata']) {
      const section = canvasElement.querySelector(`[data-category="${category}"]`) as HTMLElement;
      await expect(within(section).getByText('No changes in this category')).toBeVisible();
    }
    await expect(canvas.queryByRole('tree', { name: 'Unsafe metadata' })).toBeNull();
  },
};

/** Next change opens the rows above the change, scrolls it into the tree's viewport and focuses it; Alt+Down goes on. */
export const NextChangeFocusesRow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await retypeValue(canvasElement, 'Unsafe metadata', /^theme/, 'light{Enter}');
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{Delete}');
    // The change is now inside a closed row.
    row(canvasElement, 'Unsafe metadata', /^preferences/).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.click(canvas.getByRole('button', { name: 'Next change' }));
    await expect(row(canvasElement, 'Public metadata', /^onboarded/)).toHaveFocus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(row(canvasElement, 'Unsafe metadata', /^theme/)).toHaveFocus();
    await expect(canvasElement.querySelector('.rum-metadata-editor > [role="status"]')).toHaveTextContent(
      'changed unsafe_metadata.preferences.theme, 2 of 2',
    );
  },
};

/** A removed member stays in place, struck through and marked; Delete on it (or Restore) puts it back. */
export const RemovedAndRestored: Story = {
  play: async ({ canvasElement }) => {
    row(canvasElement, 'Public metadata', /^tags/).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}{Delete}');
    // Delete waits for the editing parts if the first focus has not loaded them yet.
    const removed = await waitFor(() => row(canvasElement, 'Public metadata', /removed.*press Delete to restore/));
    await expect(removed).toHaveAttribute('data-change', 'removed');
    await expect(removed).toHaveFocus();
    await expect(patchText(canvasElement)).toBe('{"public_metadata":{"tags":["beta","early-access"]}}');
    await userEvent.click(within(removed).getByRole('button', { name: 'Restore' }));
    await expect(patchText(canvasElement)).toBeUndefined();
    // Removed again, to show the row as it stands.
    row(canvasElement, 'Public metadata', /^onboarded/).focus();
    await userEvent.keyboard('{Delete}');
    await expect(row(canvasElement, 'Public metadata', /^onboarded.*removed/)).toHaveAttribute(
      'aria-setsize',
      '1',
    );
  },
};

/** The schema's issues as a list under the category: each one a button that takes focus to its row. */
export const SchemaIssueList: Story = {
  args: { schemas: { unsafe_metadata: themeSchema } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await retypeValue(canvasElement, 'Unsafe metadata', /^theme/, 'sepia{Enter}');
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    const issue = await canvas.findByRole('button', { name: 'unsafe_metadata.preferences.theme Theme must be dark or light' });
    await expect(canvas.getByText('1 issue', { selector: 'p' })).toBeVisible();
    issue.focus();
    await userEvent.keyboard('{Enter}');
    await expect(row(canvasElement, 'Unsafe metadata', /^theme/)).toHaveFocus();
  },
};

/**
 * The whole task by keyboard alone: three values in three categories (private after Reveal), the diff
 * stepped through in the tree, the patch, Save, and the saved state shown.
 */
export const KeyboardOnlySession: Story = {
  render: function SavingEditor(args) {
    const [metadata, setMetadata] = useState(args.metadata);
    return (
      <MetadataEditor
        {...args}
        metadata={metadata}
        onSave={(patch, draft) => {
          args.onSave(patch, draft);
          setMetadata(draft);
        }}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await keyboardEditingSession(canvasElement);
    await expect(args.onSave).toHaveBeenCalledWith(
      {
        public_metadata: { role: 'owner' },
        private_metadata: { crm_account_id: 48214 },
        unsafe_metadata: { onboarding_step: 4 },
      },
      expect.anything(),
    );
    await expect(canvas.getByText('No changes')).toBeVisible();
    await expect(row(canvasElement, 'Public metadata', /^role/)).toHaveTextContent('owner');
  },
};

/** A pasted array of 250 numbers over three tags: the review lists its changes 100 at a time. */
export const LongChangeList: Story = {
  play: async ({ canvasElement }) => {
    row(canvasElement, 'Public metadata', /^tags/).focus();
    await userEvent.paste(JSON.stringify(Array.from({ length: 250 }, (_, index) => index)));
    const review = within(canvasElement).getByRole('region', { name: '250 changes' });
    await expect(within(review).getAllByRole('listitem')).toHaveLength(100);
    await expect(within(review).getByRole('button', { name: 'Show 100 more of 150' })).toBeVisible();
  },
};

/**
 * The budget meter's states, side by side as category bars show them: a large draft still being counted
 * (busy, striped; it lasts a few frames, so it is drawn here rather than caught), within the limit, over it.
 */
export const BudgetStates: Story = {
  render: function BudgetStatesDemo() {
    const counting: CountingBudget = { category: 'public_metadata', limit: 3000, counting: true };
    const budgets = [counting, categoryBudget('private_metadata', 2140), categoryBudget('unsafe_metadata', 3214)];
    return (
      <div className="rum-root rum-metadata-editor" style={{ maxWidth: '52rem' }}>
        {budgets.map((budget) => (
          <section key={budget.category} className="rum-editor-section">
            <div className="rum-editor-section-bar">
              <h3>{labels.title(budget.category)}</h3>
              <BudgetMeter budget={budget} title={labels.title(budget.category)} labels={labels} locale="en-US" />
            </div>
          </section>
        ))}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const counting = canvas.getByRole('meter', { name: 'Public metadata' });
    await expect(counting).toHaveAttribute('aria-busy', 'true');
    await expect(counting).toHaveAttribute('aria-valuetext', 'Counting…');
    await expect(canvas.getByRole('meter', { name: 'Unsafe metadata' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/over/));
  },
};

/**
 * Next change on a change in masked private metadata: its row is not in the page, so focus goes to
 * Reveal, and the announcement says so without the change's path; Reveal then goes on to the row.
 */
export const StepToHiddenChange: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Reveal private metadata' }));
    row(canvasElement, 'Private metadata', /^crm_account_id/).focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(row(canvasElement, 'Private metadata', /^crm_account_id.*removed/)).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Hide private metadata' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next change' }));
    const reveal = canvas.getByRole('button', { name: 'Reveal private metadata' });
    await expect(reveal).toHaveFocus();
    await expect(canvasElement.querySelector('.rum-metadata-editor > [role="status"]')).toHaveTextContent(
      'Change 1 of 1 is in hidden private metadata: reveal it to go there.',
    );
    // The review lists it by kind and category only, as the patch shows private metadata's part.
    await expect(canvasElement.querySelector('.rum-editor-changes')).toHaveTextContent('removed private_metadata ••••');
    await expect(canvasElement).not.toHaveTextContent(/crm_account_id|48213/);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(row(canvasElement, 'Private metadata', /^crm_account_id.*removed/)).toHaveFocus());
    // Hidden again, Next lands on Reveal once more: the state the screenshots show.
    await userEvent.click(canvas.getByRole('button', { name: 'Hide private metadata' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next change' }));
    await expect(canvas.getByRole('button', { name: 'Reveal private metadata' })).toHaveFocus();
  },
};

const riskSchema: StandardSchemaV1 = {
  '~standard': {
    version: 1,
    vendor: 'story',
    validate: (value) => {
      const { risk_score: risk, flags } = value as { risk_score?: number; flags?: { legacy_billing?: boolean } };
      const issues = [
        ...(typeof risk === 'number' && risk > 0.1 ? [{ message: `Risk score ${risk} needs a review`, path: ['risk_score'] }] : []),
        ...(flags?.legacy_billing ? [{ message: 'Legacy billing has ended', path: ['flags', 'legacy_billing'] }] : []),
      ];
      return issues.length ? { issues } : { value };
    },
  },
};

/**
 * Schema issues in masked private metadata are listed (Save is off) by number only: a private key can
 * say what is stored and a message may quote the value. Each button reveals and focuses its row.
 */
export const HiddenSchemaIssues: Story = {
  args: { schemas: { private_metadata: riskSchema } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const second = await canvas.findByRole('button', { name: 'Reveal to see issue 2 of 2' });
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(canvasElement).not.toHaveTextContent(/risk_score|legacy|0\.13/);
    second.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(row(canvasElement, 'Private metadata', /^legacy_billing/)).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'private_metadata.flags.legacy_billing Legacy billing has ended' })).toBeVisible();
    // Hidden again: the state the screenshots show.
    await userEvent.click(canvas.getByRole('button', { name: 'Hide private metadata' }));
    await expect(canvas.getByRole('button', { name: 'Reveal to see issue 1 of 2' })).toBeVisible();
  },
};

/** What the editor shows of an edit asked for before its editing parts have loaded (`failed`: they could not). */
function waitingFor(waiting: WaitingEdit): EditingPartsAccess {
  const ignore = () => undefined;
  return { parts: undefined, waiting, withParts: ignore, retry: ignore, rootHandlers: { onFocus: ignore, onPointerDown: ignore } };
}

/**
 * The parts of the editor loaded on demand, while they load and when they could not: a row whose F2
 * came before the editing parts (busy, then its form), and the same row after a failed load (with
 * Retry, and F2 again retries). The real states pass too fast to catch.
 */
export const OnDemandStates: Story = {
  render: function OnDemandStatesDemo() {
    const tree = (failed: boolean) => (
      <section className="rum-editor-section">
        <div className="rum-editor-section-bar">
          <h3>{labels.title('public_metadata')}</h3>
        </div>
        <MetadataCategoryTree
          category="public_metadata"
          value={hankoFixtures.publicMetadata}
          label={`${labels.title('public_metadata')}${failed ? ', failed' : ''}`}
          changes={[]}
          markers={new Map()}
          issues={new Map()}
          onlyChanges={false}
          noChangesHere={false}
          reveal={null}
          onAction={() => false}
          onCommand={() => undefined}
          onStepChange={() => undefined}
          editingParts={waitingFor({ path: ['public_metadata', 'role'], from: 'row', failed })}
          labels={labels}
          locale="en-US"
          height={120}
          rowHeight={24}
        />
      </section>
    );
    return (
      <div className="rum-root rum-metadata-editor" style={{ maxWidth: '52rem' }}>
        {tree(false)}
        {tree(true)}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const busy = within(canvas.getByRole('tree', { name: 'Public metadata' })).getByRole('treeitem', { name: /^role/ });
    await expect(busy.querySelector('.rum-editor-waiting[data-state="loading"]')).toHaveTextContent('Loading the editor…');
    const failed = within(canvas.getByRole('tree', { name: 'Public metadata, failed' })).getByRole('treeitem', { name: /^role/ });
    await expect(within(failed).getByRole('alert')).toHaveTextContent('Could not load the editor.');
    await expect(within(failed).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
