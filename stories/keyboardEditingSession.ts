import { expect, userEvent, within } from 'storybook/test';

const row = (canvasElement: HTMLElement, tree: string, name: RegExp) =>
  within(within(canvasElement).getByRole('tree', { name: tree })).getByRole('treeitem', { name });

/**
 * F2 on the focused row; once its form is open (the editing parts load on the editor's first focus),
 * Tab past the key and type to the value, select it all, type, Enter.
 */
async function replaceValue(canvasElement: HTMLElement, text: string) {
  await userEvent.keyboard('{F2}');
  await expect(await within(canvasElement).findByRole('textbox', { name: 'Key' })).toHaveFocus();
  await userEvent.keyboard('{Tab}{Tab}{Control>}a{/Control}');
  await userEvent.keyboard(`${text}{Enter}`);
}

/** The patch the session below makes on the fixtures. */
export const KEYBOARD_SESSION_PATCH =
  '{"public_metadata":{"role":"owner"},"private_metadata":{"crm_account_id":48214},"unsafe_metadata":{"onboarding_step":4}}';

/**
 * An editor session by keyboard alone, from the page's first Tab (the editor on `hankoFixtures.full`):
 * three values in three categories (private after Reveal), the first change reached by Next change,
 * the patch checked, then Save pressed with Enter. Shared by the pure and the connected editor's stories.
 */
export async function keyboardEditingSession(canvasElement: HTMLElement): Promise<void> {
  const canvas = within(canvasElement);
  // Public: past its "+ Add" into the tree, on "role".
  await userEvent.tab();
  await userEvent.tab();
  await expect(row(canvasElement, 'Public metadata', /^role/)).toHaveFocus();
  await replaceValue(canvasElement, 'owner');
  // Private: Reveal, then into its tree, down to the CRM id.
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Reveal private metadata' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await userEvent.tab();
  await userEvent.tab();
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  await expect(row(canvasElement, 'Private metadata', /^crm_account_id/)).toHaveFocus();
  await replaceValue(canvasElement, '48214');
  // Unsafe: type-ahead to the onboarding step.
  await userEvent.tab();
  await userEvent.tab();
  await userEvent.keyboard('o');
  await expect(row(canvasElement, 'Unsafe metadata', /^onboarding_step/)).toHaveFocus();
  await replaceValue(canvasElement, '4');
  // The review: Next change takes focus to the first change's row.
  await userEvent.tab();
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Next change' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(row(canvasElement, 'Public metadata', /^role/)).toHaveFocus();
  await expect(canvas.getByRole('heading', { name: '3 changes' })).toBeVisible();
  await expect(canvasElement.querySelector('.rum-editor-patch')?.textContent).toBe(KEYBOARD_SESSION_PATCH);
  // Back to Save, in the editor's bar.
  await userEvent.tab({ shift: true });
  await userEvent.tab({ shift: true });
  await expect(canvas.getByRole('button', { name: 'Save' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
}
