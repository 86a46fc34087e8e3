import net from "node:net";

/**
 * A few lines of SMTP on loopback: records each message (headers and body); `fail` answers 451
 * (try later) to every recipient, `refuse` answers 550 (no such mailbox: a permanent refusal).
 */
export function smtpServer() {
  const messages: string[] = [];
  const state = { fail: false, refuse: false };
  const server = net.createServer((socket) => {
    let buffer = "";
    let data: string | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 test ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (data !== null) {
          if (line === ".") {
            messages.push(data);
            data = null;
            reply("250 queued");
          } else data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 test");
        else if (verb === "RCPT")
          reply(state.refuse ? "550 5.1.1 no such user" : state.fail ? "451 4.3.0 try again later" : "250 ok");
        else if (verb === "DATA") {
          data = "";
          reply("354 go on");
        } else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("250 ok");
      }
    });
    socket.on("error", () => {});
  });
  return { messages, state, server };
}

/** Starts it on a free loopback port; returns its smtp:// URL. */
export async function listenSmtp(s: ReturnType<typeof smtpServer>): Promise<string> {
  await new Promise<void>((r) => s.server.listen(0, "127.0.0.1", r));
  return `smtp://127.0.0.1:${(s.server.address() as net.AddressInfo).port}`;
}
