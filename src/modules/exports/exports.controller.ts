import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { NotFoundError } from '../../core/errors/domain-error';
import { ExportsService } from './exports.service';

const JSONL = /^(.+)\.jsonl$/;

/**
 * Bearer-authenticated like GraphQL; errors are `{ error: { code, reason, message } }` (JSON).
 * The content type is set only once the caller is allowed, so refusals stay JSON.
 */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Get('tasks/:file')
  async samples(
    @CurrentUser() me: Principal,
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const id = JSONL.exec(file)?.[1];
    if (!id || !isUUID(id)) throw new NotFoundError('Task', id ?? file);
    const task = await this.exports.ownTask(me, id);
    void reply
      .header('Content-Type', 'application/x-ndjson; charset=utf-8')
      .header('Cache-Control', 'no-store');
    return new StreamableFile(this.exports.jsonl(task));
  }

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Get('tasks/:id/datacard.md')
  async dataCard(
    @CurrentUser() me: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!isUUID(id)) throw new NotFoundError('Task', id);
    const card = await this.exports.dataCard(await this.exports.ownTask(me, id));
    void reply.header('Content-Type', 'text/markdown; charset=utf-8').header('Cache-Control', 'no-store');
    return card;
  }
}
