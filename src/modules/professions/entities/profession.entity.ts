import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The SOC hierarchy's levels, broadest first. */
export type SocLevel = 'major' | 'minor' | 'broad' | 'detailed';

@Entity('professions')
export class ProfessionEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') title: string;
  @Column('text') level: SocLevel;
  @Column('text', { nullable: true }) parentCode: string | null;
}
