interface SignInPageProps {
  searchParams: Promise<{ failed?: string }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { failed } = await searchParams;
  return (
    <main>
      <h1>Sign in</h1>
      <form method="post" action="/api/session">
        <label>
          Admin token <input name="token" type="password" autoComplete="current-password" required />
        </label>{' '}
        <button type="submit">Sign in</button>
      </form>
      {failed !== undefined && <p role="alert">That token is not valid.</p>}
    </main>
  );
}
