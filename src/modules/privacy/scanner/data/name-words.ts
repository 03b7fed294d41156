import { wordSet } from '../tokens';

/** Capitalised words that are never part of a person's name in work text, even where a name list
 * has them: greetings, calendar words, business vocabulary, pronouns, titles and particles that
 * start sentences. */
export const NAME_STOP_WORDS = wordSet(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat ' +
    'january february march july september october november december feb mar apr ' +
    'jul aug sep sept oct nov dec spring summer autumn fall winter christmas easter eid diwali ' +
    'hanukkah thanksgiving ' +
    'please thanks thank regards regard hi hello hey dear greetings welcome cheers best kind warm warmest ' +
    'many yours sincerely respectfully cordially sorry congratulations congrats apologies ' +
    'team teams all everyone everybody folks guys colleagues people there sir madam madame customer ' +
    'customers client clients user users member members partner partners valued hiring recruiter friend ' +
    'friends family support sales finance accounting accounts billing marketing legal hr operations ops ' +
    'engineering product products manager managers director directors lead leads head officer president ' +
    'ceo cfo cto coo cio vp svp evp chair chairman board committee department dept division office desk ' +
    'helpdesk service services admin administrator staff employee employees contractor contractors vendor ' +
    'vendors supplier suppliers procurement payroll treasury audit compliance security risk quality qa ' +
    'acme corp corporation inc incorporated ltd limited llc llp plc gmbh ag sa sas bv nv pty co company ' +
    'companies group holdings partners solutions systems technologies technology tech labs lab industries ' +
    'international global worldwide enterprises ventures capital consulting consultants associates agency ' +
    'bank banking insurance university college school institute hospital clinic foundation trust council ' +
    'ministry government city county state federal national street road avenue lane drive boulevard ' +
    'court way place square plaza building tower centre center airport station ' +
    'q1 q2 q3 q4 h1 h2 fy week weeks month months year years day days today tomorrow yesterday tonight ' +
    'morning afternoon evening night noon midnight am pm eod eow eta asap fyi tbd tba n/a ' +
    'invoice invoices order orders ticket tickets account accounts payment payments refund refunds ' +
    'contract contracts report reports summary update updates meeting meetings call calls email emails ' +
    'phone mobile fax address note notes agenda minutes action actions item items project projects ' +
    'release version build sprint roadmap budget forecast revenue pricing plan plans policy policies ' +
    'draft final review approval request requests issue issues incident incidents outage status ' +
    'subject re fw fwd cc bcc attachment attachments attached sent from to date time ' +
    'the a an and or but nor of in on at to for by with from into onto about above after before below ' +
    'between during except inside outside over per since through under until upon within without ' +
    'this that these those here there where when what which who whom whose why how ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'is are was were be been being am has have had do does did would shall should can could ' +
    'might must not no yes yeah ok okay sure great good nice fine excellent perfect awesome ' +
    'if so as than then also just only even still yet already again however therefore thus hence ' +
    'new old north south east west northern southern eastern western central upper lower greater ' +
    'mr mrs ms miss mx dr prof sir dame lord lady rev fr hon esq jr sr ii iii iv phd md mba ' +
    'herr frau mme mlle madame monsieur señor senor señora senora signor signora dott grandma grandpa granny ' +
    'uncle aunt auntie sheikh imam rabbi pastor revd capt captain lt sgt drs ir mevr dhr judr mudr phdr rndr mgr bc ' +
    'english french german spanish italian chinese japanese korean arabic hindi portuguese russian ' +
    'american british irish european african asian canadian australian indian nigerian greek turkish ' +
    'america europe asia africa australia canada mexico brazil india china japan germany france spain ' +
    'italy ireland england scotland wales britain uk usa us eu emea apac latam london berlin ' +
    'tokyo dublin lagos lisbon athens istanbul stockholm oslo copenhagen helsinki mumbai delhi beijing ' +
    'shanghai singapore toronto chicago boston seattle atlanta miami ' +
    'houston york angeles ' +
    'microsoft google amazon apple oracle salesforce slack zoom outlook excel word powerpoint jira ' +
    'confluence github gitlab linux windows android iphone ipad mac stripe paypal visa mastercard amex ' +
    'hubspot zendesk atlassian adobe netflix uber airbnb tesla ibm intel cisco dell samsung sony ' +
    'linkedin twitter facebook meta youtube whatsapp teams sharepoint onedrive dropbox notion asana ' +
    'trello figma workday sap quickbooks xero shopify aws azure gcp kubernetes docker postgres ' +
    "i'm i've i'll i'd it's that's there's here's what's let's we're we've we'll you're you've they're he's she's don't can't won't isn't " +
    'iban ssn dob ip url id ref pin tel ext world server sandbox studio platform engine hub suite app apps api sdk cli express router gateway console portal dashboard analytics insights connect wallet docs sheets calendar editor builder designer monitor agent bot search store framework library module plugin extension client database cache queue stream pipeline cluster edge stack flow sync toolkit kit tools cloud sao kong lanka zealand rica leone',
);

/** Well-known companies, brands and software that are capitalised like names ("Bosch Rexroth",
 * "Apache Kafka"). A lexicon cannot be complete; it keeps the commonest ones from being redacted. */
export const BRAND_WORDS = wordSet(
  'apache kafka spark hadoop flink cassandra nginx redis mongodb mysql mariadb sqlite elasticsearch kibana ' +
    'grafana prometheus terraform ansible jenkins circleci travis bitbucket datadog splunk sentry okta auth0 ' +
    'twilio sendgrid mailchimp intercom freshdesk servicenow snowflake databricks tableau looker powerbi ' +
    'bosch siemens volkswagen audi bmw porsche toyota honda nissan hyundai volvo renault peugeot fiat skoda ' +
    'philips nestle unilever danone heineken carlsberg diageo ikea lego zara inditex adidas puma nike reebok ' +
    'rolex omega swatch nokia ericsson huawei xiaomi lenovo asus acer toshiba panasonic hitachi fujitsu canon ' +
    'nikon ricoh epson xerox kodak boeing airbus lufthansa emirates qantas ryanair easyjet klm ' +
    'accenture deloitte kpmg pwc mckinsey capgemini infosys wipro cognizant tcs hsbc barclays santander ' +
    'citi citibank jpmorgan goldman blackrock vanguard fidelity allianz axa aviva zurich generali prudential ' +
    'pfizer novartis roche bayer sanofi merck astrazeneca moderna glaxosmithkline gsk medtronic ' +
    'walmart costco tesco carrefour aldi lidl sainsbury kroger target starbucks mcdonalds subway kfc ' +
    'copco rexroth bertelsmann telekom vodafone orange telefonica verizon comcast spotify shopify etsy ebay ' +
    'alibaba tencent baidu rakuten naver kakao grab gojek paystack flutterwave mpesa safaricom jumia ' +
    'kubernetes terraform vercel netlify heroku cloudflare akamai fastly digitalocean hetzner ovh ' +
    'wolfsburg stuttgart munich frankfurt hamburg cologne düsseldorf dusseldorf zurich geneva milan turin ' +
    'nairobi accra kampala dakar casablanca cairo johannesburg durban dubai doha riyadh karachi lahore dhaka ' +
    'jakarta manila bangkok hanoi seoul osaka kyoto taipei melbourne sydney auckland wellington ' +
    'kilimanjaro everest sahara amazon andes alps himalaya himalayas globex initech contoso fabrikam northwind ' +
    'hooli tailspin wingtip woodgrove litware proseware adatum',
);

/** Everyday words of other languages that name companies, shops and places ("Deutsche Bahn",
 * "Société Générale", "Ponte Vecchio", "Cencosud Supermercados"), and country names. */
export const FOREIGN_COMMON_WORDS = wordSet(
  'deutsche deutscher deutsches bahn bund stadt werke société societe générale generale nationale national ' +
    'banque crédit credit caisse groupe compagnie française francaise air ponte porta palazzo vecchio vecchia nuovo ' +
    'nuova grande gran sur norte sul nord süd sud ost oeste leste mercado mercados supermercado supermercados ' +
    'almacenes tiendas tienda banco caixa vida seguros grupo compañía compania empresa empresas industrias hermanos ' +
    'hijos construcciones transportes tierra mar monte sierra lago río playa puerto isla ciudad pueblo centro ' +
    'cidade estado nacional federal popular unidos unidas internacional universidad universidade università ' +
    'universität hochschule schule kirche dom schloss burg platz markt haus hof garten strasse straße weg ' +
    'maison château chateau église eglise musée musee jardin palais pont rue place gare hôtel hotel ' +
    'museo iglesia catedral castillo palacio jardín jardin estación estacion parque plaza avenida calle ' +
    'bahnhof flughafen aeropuerto aéroport aeroport aeroporto stazione chiesa duomo castello giardino ' +
    'banca assicurazioni poste italiane telecom energia elettrica ferrovie autostrade gruppo società ' +
    'verkehrsbetriebe sparkasse volksbank landesbank versicherung verlag zeitung rundfunk fernsehen ' +
    'indonesia malaysia singapura philippines pilipinas nigeria kenya ghana rwanda uganda tanzania ethiopia ' +
    'egypt morocco tunisia algeria senegal cameroon brasil brazil argentina colombia peru chile mexico méxico ' +
    'venezuela ecuador bolivia uruguay paraguay cuba panama canada australia zealand japan nippon korea china ' +
    'india pakistan bangladesh nepal vietnam thailand cambodia laos myanmar turkey türkiye iran iraq israel ' +
    'jordan lebanon syria arabia emirates qatar kuwait oman bahrain yemen russia ukraine poland polska germany ' +
    'austria switzerland schweiz suisse france belgium netherlands nederland spain españa portugal italy italia ' +
    'greece hellas sweden sverige norway norge denmark danmark finland suomi iceland ireland britain england ' +
    'scotland wales europe europa africa afrika asia',
);

/** Words that start the name of a place or an institution: "Rio de Janeiro", "Museo del Prado". */
export const PLACE_FIRST_WORDS = wordSet(
  'rio porto puerto san santa santo são sao saint st ste lago lake monte mount mt villa ciudad costa playa ' +
    'castillo palacio palazzo plaza piazza hotel casa banco grupo club real museo musée musee museum teatro ' +
    'theatre theater port fort cape isla ile île bahia baia sierra cerro pico val valle vila nova',
);

/** Company and place words: a capitalised run followed by one of these names an organisation or a
 * place ("Morgan Stanley Bank", "Grace Hospital"), not a person. */
export const ORG_SUFFIXES = wordSet(
  'corp corporation inc incorporated ltd limited llc llp plc gmbh ag sa sas bv nv pty co company group ' +
    'holdings partners solutions systems technologies technology labs industries international global ' +
    'enterprises ventures capital consulting associates agency bank insurance university college school ' +
    'institute hospital clinic foundation trust council ministry street st road rd avenue ave lane ln ' +
    'drive dr boulevard blvd court way place square plaza building tower centre center airport ' +
    'station hall house bridge river lake mountain county city state valley beach island airlines ' +
    'motors foods pharma media studios records press times post journal news network networks software ' +
    'cloud bay server sandbox studio platform engine hub suite app apps api sdk cli express router gateway console portal dashboard analytics insights connect wallet docs sheets calendar editor builder designer monitor agent bot search store framework library module plugin extension client database cache queue stream pipeline cluster edge stack flow sync toolkit kit tools cloud',
);

/** Words right before a name that say a person follows, whatever the name. */
export const STRONG_LEFT_CUES: readonly RegExp[] = [
  /\b(?:hi|hello|hey|dear|greetings|good morning|good afternoon|good evening|thanks|thank you|cheers|welcome|congratulations|congrats)(?: (?:so|very) much| a lot| again| a million| heaps| so much again)?[,!]?\s{1,3}$/i,
  /\b(?:regards|best regards|kind regards|warm regards|best wishes|best|thanks|many thanks|thank you|cheers|sincerely|yours|yours truly|respectfully|warmly|talk soon|speak soon|signed|signed by|with thanks|all the best|take care)(?:\s{0,2}[,.!]\s{0,3}(?:\r?\n\s{0,4}){0,2}|\s{0,3}(?:\r?\n\s{0,4}){1,2})(?:-{1,2}\s?)?$/i,
  /(?:^|\n)\s{0,3}--\s{0,3}\n\s{0,3}$/,
  /\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|dame|sir|rev|reverend|judge|justice|nurse|coach|capt|captain|lt|sgt|col|gen|cmdr|officer|detective|det|agent|fr|father|sister|brother|rabbi|imam|sheikh|pastor|hon|herr|frau|mme|mlle|mme|sr|sra|srta|señor|señora|dott|dott\.ssa|ing|mag|mgr|dipl|uncle|aunt|auntie|grandma|grandpa)\.?[ \t]{1,3}$/i,
  /\b(?:call|meeting|chat|conversation|spoke|speaking|talked|talking|met|meet|sync|catch-up|catch up|1:1|one-on-one|interview|lunch|coffee|emailed|messaged|texted|called|phoned|pinged|spoken|connected|connect|check|checked|touch base|touched base|follow up|followed up) (?:with|to)\s{1,3}$/i,
  /\b(?:escalated|assigned|reported|raised|filed|approved|signed|countersigned|witnessed|submitted|reviewed|written|forwarded|handled|requested|referred|introduced|recommended|authori[sz]ed|hosted|organi[sz]ed|prepared|delegated|reassigned|transferred|routed|owned|led|managed|run|chaired|sponsored|inspected|examined|treated|interviewed|completed|initiated|taken|verified|checked|notari[sz]ed|translated|photographed|seen|visited|attended|represented|accompanied|supervised|co-signed|nominated|endorsed) (?:by|to)\s{1,3}$/i,
  /\b(?:attn|attention|c\/o|care of|signed|signature|name|full name|first name|last name|given names?|family name|surname|maiden name|middle name|contact person|contact name|contact|account holder|account name|cardholder|card holder|name on card|beneficiary|recipient|payee|patient|patient name|candidate|applicant|employee|employee name|tenant|landlord|guarantor|policyholder|policy holder|insured|claimant|passenger|guest|caller|customer|customer name|client|client name|student|attendee|participant|member|owner|buyer|seller|driver|witness|spouse|guardian|parent|emergency contact|next of kin|physician|doctor|director|managing director|manager|account manager|secretary|treasurer|chair|chairperson|president|founder|co-founder|principal|coordinator|representative|supervisor|teacher|instructor|trainer|host|speaker|presenter|interviewer|interviewee|sender|addressee|consignee|shipper|signatory|notary|agent|broker|solicitor|lawyer|attorney|referred by|requested by|prepared by|approved by|reviewed by|submitted by|assigned to|assignee|reporter|author|from|to|cc|nombre|apellidos?|nom|prénom|prenom|vorname|nachname|cognome|nome)[ \t]{0,3}[:=][ \t]{0,24}(?:\r?\n[ \t]{0,8})?$/i,
  /\b(?:my name is|my name's|our name is|his name is|her name is|their name is|name is|names are|i am|i'm|this is|known as|aka|a\.k\.a\.|née|nee|maiden name(?: is| was)?|surname(?: is| was)?|first name(?: is| was)?|last name(?: is| was)?|family name(?: is| was)?|given name(?: is| was)?|middle name(?: is| was)?|goes by|go by|signed by|on behalf of|attention of|addressed to|made out to|payable to|in the name of|courtesy of|according to|as per|as told by|reported by|written by|said)[ \t]{1,3}$/i,
  /(?<!\b(?:app|tool|company|firm|product|startup|project|service|file|folder|channel|repo|repository|feature|library|module|brand|band|town|village|city|place|street|store|shop|restaurant|bar|hotel|ship|boat|book|show|film|movie|song|game|a|an|the|is|was|be|been)\s{1,3})\b(?:called|named)[ \t]{1,3}$/i,
  /\b(?:hiya|hallo|hola|bonjour|ciao|salut|morning|evening|afternoon|howdy|bye|goodbye|love|xoxo|best regards|regards|cheers|ta)[,!][ \t]{0,3}(?:\r?\n[ \t]{0,4})?$/i,
];

/** The strong left cues as one pattern: a single pass over the window before a name. */
export const STRONG_LEFT_CUE = new RegExp(STRONG_LEFT_CUES.map((re) => `(?:${re.source})`).join('|'), 'i');

/** Words right before a name that make a person likely: enough for a listed first name. */
export const WEAK_LEFT_CUE =
  /\b(?:cc|cc:|bcc|from|with|and|or|by|to|for|ask|asked|tell|told|remind|reminded|thank|thanked|ping|pinged|call|email|text|phone|message|loop in|looped in|looping in|cc'ing|introducing|meet|contact|colleague|coworker|co-worker|manager|boss|supervisor|assistant|partner|wife|husband|son|daughter|mother|father|brother|sister|friend|landlord|patient|candidate|applicant|employee|tenant|customer|client|caller|rep|agent|engineer|analyst|director|lead|owner|nurse|doctor|lawyer|attorney|accountant|recruiter|intern)\s{1,3}$/i;

/** The weak left cues that name a relation or an action on a person (not and/with/from/by). */
export const ROLE_LEFT_CUE =
  /\b(?:cc|cc:|bcc|ask|asked|tell|told|remind|reminded|thank|thanked|ping|pinged|call|email|text|phone|message|loop in|looped in|looping in|cc'ing|introducing|meet|contact|colleague|coworker|co-worker|manager|boss|supervisor|assistant|partner|wife|husband|son|daughter|mother|father|brother|sister|friend|landlord|patient|candidate|applicant|employee|tenant|customer|client|caller|rep|agent|engineer|analyst|director|lead|owner|nurse|doctor|lawyer|attorney|accountant|recruiter|intern)\s{1,3}$/i;

/** Words right after a name that say it is a person: "X from accounting", "X (CFO)". */
export const STRONG_RIGHT_CUE =
  /^(?:\s{0,2}[(<]\s{0,2}(?:\+?\d[\d ().-]{6,}\d|[\w.+-]+@\w)|,?\s{1,3}from (?:the )?(?:accounting|finance|billing|legal|hr|sales|marketing|support|engineering|procurement|payroll|operations|it|security|compliance|customer success|ops|[a-z]+ (?:team|department|desk))\b|\s{0,2}\((?:CEO|CFO|CTO|COO|CIO|VP|he\/him|she\/her|they\/them|[A-Z][a-z]+ (?:Manager|Lead|Director|Engineer|Analyst))|,\s{1,3}(?:our|my|your|the|their) (?:account manager|manager|colleague|ceo|cfo|cto|coo|lead|director|contact|rep|representative|engineer|assistant|boss|landlord|tenant|lawyer|attorney|accountant|doctor|recruiter|analyst|intern|supervisor))/;

/** Words right after a name that make a person likely: "X said", "X's". */
export const WEAK_RIGHT_CUE =
  /^(?:['’]s\b|\s{1,3}(?:said|says|wrote|writes|asked|asks|mentioned|confirmed|agreed|noted|replied|responded|suggested|requested|called|emailed|joined|explained|added|thinks|thought|will|would|can|could|has|had|is|was|and I|and me)\b)/;

/** After these the capitalised words name a group, not a person ("Hi Globex team"). */
export const GROUP_NEXT =
  /^[ \t]{1,3}(?:team|teams|folks|crew|squad|group|department|dept|support|desk|office|customers?|users?|community|staff|people|colleagues|family)\b/i;

/** Capitalised pairs that are places or companies even though both words are names. */
export const NON_PERSON_PAIRS = wordSet(
  'hong_kong sao_paulo san_jose costa_rica santa_monica santa_barbara santa_clara st_louis new_delhi ' +
    'kuala_lumpur tel_aviv abu_dhabi buenos_aires las_vegas los_angeles salt_lake el_paso san_antonio ' +
    'san_diego san_francisco addis_ababa monte_carlo puerto_rico sierra_leone sri_lanka new_zealand ' +
    'morgan_stanley goldman_sachs charles_schwab wells_fargo ernst_young marks_spencer procter_gamble ' +
    'kaiser_permanente dow_jones warner_bros louis_vuitton calvin_klein ralph_lauren tommy_hilfiger ' +
    'hewlett_packard rolls_royce aston_martin alfa_romeo mercedes_benz harley_davidson estee_lauder ' +
    'john_deere jack_daniels johnson_johnson lloyds_banking barclays_bank martin_luther luther_king ' +
    'mount_vernon st_james santa_fe santa_cruz san_marino costa_mesa palo_alto',
);
