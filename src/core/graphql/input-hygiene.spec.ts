import { controlCharacterProblems, MultiLine } from './input-hygiene';

/** Any decorator makes TypeScript record a property's type, as @Field() does in the DTOs. */
const Typed = (): PropertyDecorator => () => undefined;

class Step {
  @MultiLine() text: string;
  @Typed() label: string;
}

class Plan {
  @MultiLine() notes: string;
  @Typed() title: string;
  @Typed() step: Step;
  @Typed() tags: string[];
}

const fields = (value: unknown, cls: unknown, name?: string) =>
  controlCharacterProblems(value, cls, name).map((p) => p.field);

describe('controlCharacterProblems', () => {
  it('allows line breaks and tabs only in @MultiLine() fields, nested ones included', () => {
    const plan = {
      notes: 'a\n\tb\r\n',
      title: 'one\ntwo',
      step: { text: 'x\ny', label: 'l\tm' },
      tags: ['ok', 'b\u0000d'],
    };
    expect(fields(plan, Plan, 'input')).toEqual(['title', 'step.label', 'tags.1']);
  });

  it('refuses NUL even in multi-line text, and names scalar and list arguments', () => {
    expect(fields({ notes: 'a\u0000' }, Plan)).toEqual(['notes']);
    expect(fields('v\u0000', String, 'version')).toEqual(['version']);
    expect(fields(['a', '\u001b[0m'], Array, 'ids')).toEqual(['ids.1']);
  });

  it('accepts ordinary text of any script, emoji and bidi-free punctuation', () => {
    expect(fields({ title: 'Zoë 山田 👩‍💻 — “quoted”' }, Plan)).toEqual([]);
  });
});
