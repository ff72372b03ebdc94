// A plain GET form: choosing a user is a navigation, so the server prefetches that user's metadata.
export function UserPicker({ userId }: { userId: string }) {
  return (
    <form method="get" action="/admin">
      <label>
        Hanko user id{' '}
        <input name="user" defaultValue={userId} size={40} spellCheck={false} autoComplete="off" />
      </label>{' '}
      <button type="submit">Show metadata</button>
    </form>
  );
}
