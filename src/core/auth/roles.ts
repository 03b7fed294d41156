import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  REQUESTER = 'REQUESTER',
  CONTRACTOR = 'CONTRACTOR',
  REVIEWER = 'REVIEWER',
  FINANCE = 'FINANCE',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

/** Who a request acts as: the user a verified token names, with its current role and organisation. */
export interface Principal {
  userId: string;
  role: Role;
  organizationId: string | null;
}
