/**
 * The header that carries the client's address from our own front server (scripts/lib/server.ts)
 * to the app. The front server always overwrites it, so a client cannot choose its value.
 */
export const CLIENT_IP_HEADER = "x-mekar-client-ip";
