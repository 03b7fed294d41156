import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/ledger.module';
import { FundingEntity } from './entities/funding.entity';
import { EscrowRefundsService } from './escrow-refunds.service';
import { FundingService } from './funding.service';
import { ProcessorEventsService } from './processor-events.service';
import { STRIPE, stripeClientProvider } from './stripe.client';
import { StripeWebhookController } from './stripe-webhook.controller';

/** Everything that talks to the payment processor (Stripe, or the in-repo emulator). */
@Module({
  imports: [TypeOrmModule.forFeature([FundingEntity]), LedgerModule],
  controllers: [StripeWebhookController],
  providers: [stripeClientProvider, ProcessorEventsService, FundingService, EscrowRefundsService],
  exports: [FundingService, EscrowRefundsService, ProcessorEventsService, STRIPE],
})
export class PaymentsModule {}

export { FundingService } from './funding.service';
export { EscrowRefundsService } from './escrow-refunds.service';
export { FundingModel, FundingStatus } from './dto/funding.model';
export { ProcessorEventsService } from './processor-events.service';
export type { EventHandler } from './processor-events.service';
export { STRIPE } from './stripe.client';
