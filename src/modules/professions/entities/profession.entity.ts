import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SocLevel } from '../soc2018';

@Entity('professions')
export class ProfessionEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') title: string;
  @Column('text') level: SocLevel;
  @Column('text', { nullable: true }) parentCode: string | null;
}
