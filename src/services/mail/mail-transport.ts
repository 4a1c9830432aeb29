/** The SMTP transport (nodemailer) for the configured INZICHT_SMTP_URL, made once per URL. */
import nodemailer, { type Transporter } from "nodemailer";

const transports = new Map<string, Transporter>();

/** A transport for this SMTP URL (smtp:// or smtps://, credentials in the URL). */
export function mailTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // A stuck SMTP server must not hold a delivery run for minutes.
    const url = new URL(smtpUrl);
    for (const [key, ms] of [
      ["connectionTimeout", "10000"],
      ["greetingTimeout", "10000"],
      ["socketTimeout", "20000"],
    ] as const)
      if (!url.searchParams.has(key)) url.searchParams.set(key, ms);
    transport = nodemailer.createTransport(url.toString());
    transports.set(smtpUrl, transport);
  }
  return transport;
}
