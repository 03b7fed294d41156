import 'reflect-metadata';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, Max } from 'class-validator';
import { PageArgs, validatesAsPageArgs } from '../pagination/page.args';
import { createValidationPipe } from './validation';

@ArgsType()
class ListArgs extends PageArgs {}

@ArgsType()
class NarrowerArgs extends PageArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @Max(10) declare first?: number;
}

/** What the pipe gives back or throws (the problems per field). */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await run();
    return { value, type: (value as object).constructor };
  } catch (e) {
    return { fields: (e as { fields?: unknown }).fields, reason: (e as { reason?: unknown }).reason };
  }
}

const VALUES: Record<string, unknown>[] = [
  {},
  { first: 1 },
  { first: 100 },
  { first: 20, after: 'abc' },
  { first: null, after: null },
  { first: 0 },
  { first: 101 },
  { first: -5 },
  { first: 1.5 },
  { first: 250.5 },
  { first: '5' },
  { first: true },
  { after: 5 },
  { after: 'x'.repeat(500) },
  { after: 'x'.repeat(501) },
  { after: '😀'.repeat(300) },
  { first: 0, after: 7 },
  { first: 3, extra: 1 },
];

describe('the page arguments fast path', () => {
  const pipe = createValidationPipe();
  const generic = (value: unknown, metadata: ArgumentMetadata) =>
    ValidationPipe.prototype.transform.call(pipe, value, metadata) as Promise<unknown>;

  it.each([ListArgs, PageArgs, NarrowerArgs])(
    'agrees with class-validator on every value (%p)',
    async (metatype) => {
      const metadata = { type: 'body', metatype, data: '' } as unknown as ArgumentMetadata;
      for (const value of VALUES) {
        const fast = await outcome(() => pipe.transform({ ...value }, metadata));
        expect({ value, outcome: fast }).toEqual({
          value,
          outcome: await outcome(() => generic({ ...value }, metadata)),
        });
      }
    },
  );

  it('takes it only for classes that add no checks of their own', () => {
    expect([PageArgs, ListArgs, NarrowerArgs].map((c) => validatesAsPageArgs(c))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('refuses with the messages clients see', async () => {
    const metadata = { type: 'body', metatype: ListArgs, data: '' } as unknown as ArgumentMetadata;
    await expect(pipe.transform({ first: 0, after: 7 }, metadata)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { field: 'first', problems: ['first must not be less than 1'] },
        {
          field: 'after',
          problems: ['after must be shorter than or equal to 500 characters', 'after must be a string'],
        },
      ],
    });
    await expect(pipe.transform({ first: 10, after: 'c' }, metadata)).resolves.toBeInstanceOf(ListArgs);
  });
});
