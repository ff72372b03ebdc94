/**
 * Headers on every answer the proxy gives, refusals included: metadata is per user and often
 * private, so no browser or shared cache may keep it, and no browser may sniff it into HTML.
 */
export const PROXY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * A JSON refusal in Hanko's own error shape (`{"code":400,"message":"invalid user id"}`), so the
 * library's clients read the message the same way whether Hanko or the proxy said no.
 */
export function errorResponse(status: number, message: string, extraHeaders?: Record<string, string>): Response {
  return new Response(JSON.stringify({ code: status, message }), {
    status,
    headers: { ...PROXY_RESPONSE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extraHeaders },
  });
}
