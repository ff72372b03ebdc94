/** What the requester keeps of a response once its body has been read. */
export interface ReceivedResponse {
  status: number;
  contentType: string | null;
  /** The body as text; only its start when it was over the size cap. */
  text: string;
  /** False when the body was over the size cap and reading stopped. */
  complete: boolean;
  /** The response headers, for what a client reads besides the body (the proxy's withheld categories). */
  headers?: Headers;
}
