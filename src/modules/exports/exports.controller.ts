import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { NotFoundError } from '../../core/errors/domain-error';
import { ExportsService } from './exports.service';

const JSONL = /^(.+)\.jsonl$/;

/** Bearer-authenticated like GraphQL; errors are `{ error: { code, reason, message } }`. */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Get('tasks/:file')
  @Header('Content-Type', 'application/x-ndjson; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async samples(@CurrentUser() me: Principal, @Param('file') file: string): Promise<StreamableFile> {
    const id = JSONL.exec(file)?.[1];
    if (!id || !isUUID(id)) throw new NotFoundError('Task', id ?? file);
    const task = await this.exports.ownTask(me, id);
    return new StreamableFile(this.exports.jsonl(task));
  }

  @Roles(Role.REQUESTER, Role.ADMIN)
  @Get('tasks/:id/datacard.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async dataCard(@CurrentUser() me: Principal, @Param('id') id: string): Promise<string> {
    if (!isUUID(id)) throw new NotFoundError('Task', id);
    return this.exports.dataCard(await this.exports.ownTask(me, id));
  }
}
