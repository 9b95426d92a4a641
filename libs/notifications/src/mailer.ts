import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { createTransport, Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through the SMTP server of `SMTP_URL` (nodemailer); absent: sends nothing. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport?: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { smtpUrl, smtpFrom } = config.notifications;
    this.from = smtpFrom;
    if (smtpUrl) this.transport = createTransport(smtpUrl);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server configured (SMTP_URL)');
    await this.transport.sendMail({ from: this.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
