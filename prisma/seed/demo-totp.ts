// DEMO ONLY. The second-factor secret the seed gives the demo admin and coordinators, so a
// newcomer can sign in (npm run demo:totp prints the current code) and the e2e suite can too.
// Never use it for a real account: anyone who reads this file can make its codes.
export const DEMO_TOTP_SECRET = "MEKARDEMOMEKARDEMOMEKARDEMOMEKAR";
