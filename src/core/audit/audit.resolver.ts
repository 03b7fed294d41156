import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/decorators';
import { Role } from '../auth/roles';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryConnection, AuditEntryModel, AuditVerificationModel } from './dto/audit-entry.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditVerificationModel, {
    description: 'Recomputes the audit chain from the first entry and reports the first broken link',
  })
  async verifyAuditLog(): Promise<AuditVerificationModel> {
    return AuditVerificationModel.from(await this.audit.verify());
  }

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Audit entries, newest first' })
  async auditLog(
    @Args() { subjectType, subjectId, first, after }: AuditLogArgs,
  ): Promise<AuditEntryConnection> {
    const page = await this.audit.list({ subjectType, subjectId }, { first, after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: AuditEntryModel.from(e.node) })),
    };
  }
}
