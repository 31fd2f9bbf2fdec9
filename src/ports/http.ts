/** HTTP as a port: the environment check "HTTP through the ALB" asks it, never `fetch` directly. */
export interface HttpRequest {
  url: string;
  timeoutMs: number;
  /**
   * The target group the load balancer is expected to route this request to. AWS routes by
   * the listener's own rules and ignores this; the simulator, which models no listener
   * rules, answers from this group's target health.
   */
  via?: { targetGroupArn: string };
}

/** `status` 0 means no HTTP answer at all (DNS, connection or timeout), with `error` saying which. */
export interface HttpResponse {
  status: number;
  error?: string;
}

export interface HttpPort {
  get(request: HttpRequest): Promise<HttpResponse>;
}

/** The real network, for runs against AWS. */
export const fetchHttp: HttpPort = {
  async get({ url, timeoutMs }) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const message = error instanceof Error ? error.message : String(error);
      return { status: 0, error: cause ? `${cause}: ${message}` : message };
    }
  },
};
