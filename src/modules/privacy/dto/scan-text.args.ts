import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { MAX_SCAN_LENGTH } from '../privacy.errors';
import { MaxUtf16Length } from './max-utf16-length';

@ArgsType()
export class ScanTextArgs {
  @Field({ description: `Up to ${MAX_SCAN_LENGTH} characters (UTF-16 code units)` })
  @IsString()
  @MaxUtf16Length(MAX_SCAN_LENGTH)
  text: string;
}
