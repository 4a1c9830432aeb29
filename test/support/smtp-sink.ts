/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps what it receives, for
 * integration tests: the app's nodemailer transport talks real SMTP to it. `rejectFirst` makes
 * it refuse that many messages with a 451 before accepting, to test retries.
 */
import { SMTPServer } from "smtp-server";
import type { ServiceDeps } from "../../src/services/deps.js";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The decoded plain-text body. */
  text: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** How many messages were refused so far. */
  rejected: number;
  /** Waits until at least `count` mails have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** Decodes a quoted-printable body (what nodemailer uses for non-ASCII text). */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined[i];
    const hex = joined.slice(i + 1, i + 3);
    if (c === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(c ?? "", "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function parse(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  let subject = header("Subject");
  const encoded = /^=\?utf-8\?([BQ])\?(.*)\?=$/i.exec(
    subject.replace(/\?=\s+=\?utf-8\?[BQ]\?/gi, ""),
  );
  if (encoded?.[2])
    subject =
      encoded[1]?.toUpperCase() === "B"
        ? Buffer.from(encoded[2], "base64").toString("utf8")
        : decodeQuotedPrintable(encoded[2].replace(/_/g, " "));
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startSmtpSink(options: { rejectFirst?: number } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const sink = { rejected: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (sink.rejected < (options.rejectFirst ?? 0)) {
          sink.rejected += 1;
          const err = Object.assign(new Error("Try again later (test server)"), {
            responseCode: 451,
          });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parse(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get rejected() {
      return sink.rejected;
    },
    async waitFor(count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(`expected ${count} mails, received ${received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link into the app found in a mail's text. */
export function linkIn(mail: ReceivedMail, base: string): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}[^\\s]+`).exec(mail.text);
  if (!match) throw new Error(`no link to ${base} in: ${mail.text}`);
  return match[0];
}

/** The public origin the mail links of integration tests point to. */
export const TEST_PUBLIC_URL = "https://inzicht.test";

/** `deps` with mail sent over real SMTP to `sink`, links pointing to `publicUrl`. */
export function sendingThrough(
  deps: ServiceDeps,
  sink: SmtpSink,
  publicUrl = TEST_PUBLIC_URL,
): ServiceDeps {
  return {
    ...deps,
    config: {
      ...deps.config,
      mail: { smtpUrl: sink.url, from: "InZicht <noreply@inzicht.test>", publicUrl },
    },
  };
}
