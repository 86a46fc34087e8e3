// proxy-addr ships no types; only what scripts/lib/client-address.ts uses
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http";
  type Trust = (addr: string, index: number) => boolean;
  function proxyaddr(req: IncomingMessage, trust: Trust | string[]): string;
  namespace proxyaddr {
    function compile(val: string | string[]): Trust;
  }
  export default proxyaddr;
}
