import { wordSet } from '../tokens';

/** Capitalised words that end an address rather than name its city. */
export const ADDRESS_STOP_WORDS = wordSet(
  'please thanks thank regards best kind cheers hi hello dear the a an we i our call let if and but so then ' +
    'also note see it this that they he she you your my attn tel phone email fax mobile ticket invoice order ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today tomorrow yesterday next last when once after before ' +
    'until by from to for on at in of with via our their his her its ship deliver send sent shipping delivery ' +
    'suite apt unit floor flat room phone tel mobile email e-mail fax name recipient contact attn address ' +
    'delivery billing shipping customer employee department ref reference invoice order account iban card',
);

/** Country names (English and own-language) that may close an address, as a regex alternation. */
export const COUNTRIES = [
  'United States of America', 'United States', 'U\\.S\\.A\\.', 'USA', 'U\\.S\\.', 'US', 'United Kingdom', 'UK', 'U\\.K\\.',
  'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Éire', 'Canada', 'Australia',
  'New Zealand', 'Germany', 'Deutschland', 'Austria', 'Österreich', 'Switzerland', 'Schweiz', 'Suisse', 'France',
  'Belgium', 'Belgique', 'België', 'Netherlands', 'The Netherlands', 'Nederland', 'Luxembourg', 'Spain', 'España',
  'Portugal', 'Italy', 'Italia', 'Greece', 'Cyprus', 'Malta', 'Denmark', 'Danmark', 'Norway', 'Norge', 'Sweden',
  'Sverige', 'Finland', 'Suomi', 'Iceland', 'Poland', 'Polska', 'Czech Republic', 'Czechia', 'Slovakia', 'Hungary',
  'Romania', 'Bulgaria', 'Croatia', 'Slovenia', 'Serbia', 'Estonia', 'Latvia', 'Lithuania', 'Ukraine', 'Turkey',
  'Türkiye', 'Israel', 'United Arab Emirates', 'UAE', 'Saudi Arabia', 'Qatar', 'Egypt', 'Morocco', 'Nigeria',
  'Ghana', 'Kenya', 'South Africa', 'Ethiopia', 'Tanzania', 'Uganda', 'Senegal', 'India', 'Pakistan', 'Bangladesh',
  'Sri Lanka', 'Nepal', 'China', 'PRC', 'Hong Kong', 'Taiwan', 'Japan', 'South Korea', 'Korea', 'Singapore',
  'Malaysia', 'Indonesia', 'Philippines', 'Thailand', 'Vietnam', 'Viet Nam', 'Mexico', 'México', 'Brazil', 'Brasil',
  'Argentina', 'Chile', 'Colombia', 'Peru', 'Perú', 'Venezuela', 'Ecuador', 'Uruguay', 'Costa Rica', 'Panama',
  'Puerto Rico', 'Jamaica', 'Russia', 'Kazakhstan', 'Georgia', 'Armenia',
]
  .sort((a, b) => b.length - a.length)
  .join('|');
