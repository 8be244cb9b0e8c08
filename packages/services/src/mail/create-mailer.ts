import nodemailer from 'nodemailer';

interface TMailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail over SMTP; links in messages are made absolute with `baseUrl`. */
export interface TMailer {
  baseUrl: string;
  send(message: TMailMessage): Promise<void>;
  close(): void;
}

export interface TMailerConfig {
  /** smtp://user:pass@host:587 or smtps://… (nodemailer's connection URL) */
  smtpUrl: string;
  /** The From header, e.g. "Customeric <cases@acme.example>" */
  from: string;
  /** Where the web app is reached, e.g. https://customeric.acme.example */
  baseUrl: string;
}

/** An SMTP transport (add ?pool=true to the URL to keep connections open between mails). */
export function createMailer(config: TMailerConfig): TMailer {
  const transport = nodemailer.createTransport(config.smtpUrl, { from: config.from });
  return {
    baseUrl: config.baseUrl.replace(/\/+$/, ''),
    async send(message) {
      await transport.sendMail({ from: config.from, ...message });
    },
    close: () => transport.close(),
  };
}

/**
 * The mailer the environment asks for: SMTP_URL (smtp:// or smtps://), MAIL_FROM, and
 * CUSTOMERIC_PUBLIC_URL for the links (http://localhost:PORT by default). Null without
 * SMTP_URL: e-mails are then recorded in the outbox as skipped.
 */
export function mailerFromEnvironment(env: Record<string, string | undefined>): TMailer | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let protocol = '';
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:')
    throw new Error(
      'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587',
    );
  return createMailer({
    smtpUrl,
    from: env.MAIL_FROM?.trim() || 'Customeric <customeric@localhost>',
    baseUrl: env.CUSTOMERIC_PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`,
  });
}
