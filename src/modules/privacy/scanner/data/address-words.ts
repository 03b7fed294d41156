import { wordSet } from '../tokens';

/** Capitalised words that end an address rather than name its city. */
export const ADDRESS_STOP_WORDS = wordSet(
  'please thanks thank regards best kind cheers hi hello dear the a an we i our call let if and but so then ' +
    'also note see it this that they he she you your my attn tel phone email fax mobile ticket invoice order ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today tomorrow yesterday next last when once after before ' +
    'until by from to for on at in of with via our their his her its ship deliver send sent shipping delivery ' +
    'suite apt unit floor flat room',
);
