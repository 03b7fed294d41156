import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/decorators';
import { ProcessorEventsService } from './processor-events.service';

@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly events: ProcessorEventsService) {}

  /** Signed by the processor, not by a user: the signature is the authentication. */
  @Public()
  @Post('stripe')
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    const event = this.events.verify(req.rawBody, signature);
    const processed = await this.events.handle(event);
    return { received: true, duplicate: !processed };
  }
}
