// Everyday English words (from @faker-js/faker 10.6.0 word lists, MIT licence): a capitalised token
// that is one of these is not taken as an unknown surname.
export const COMMON_WORDS =
  'a abacus abaft abandoned able abnegate abnormally aboard about above abscond abseil absent ' +
  'absentmindedly absolve academics accelerator accentuate accept acceptable access accessorise ' +
  'accidentally acclaimed accompanist accompany accomplished account accountability accredit accurate ' +
  'achieve aching acidic acidly ack acknowledge acquaintance acquire across actual actually ad ' +
  'adaptation address adjourn adjudge admired admonish adolescent adrenalin adult adumbrate advanced ' +
  'advancement adventurously advertisement adviser advocate affect affectionate affiliate afford afore ' +
  'afraid after aftermath afterwards against aged aggravating aggressive agile agitated agreeable ' +
  'agreement ah aha airbrush airbus aircraft airline airmail airman airport ajar alarmed alb alert ' +
  'alienated alive all allegation alliance alligator allocation almighty almost along alongside ' +
  'although altruistic always amazing ambitious ameliorate amend amendment amid amidst amnesty among ' +
  'amongst amount ample amused an anaesthetise analogy analyse and anenst anesthetize angelic angle ' +
  'angrily anguished animated anneal annex annual annually another antagonize antelope anti anticodon ' +
  'antique anxiously any ape apologise apostrophize apparatus appertain appliance appreciate ' +
  'apprehensive approach appropriate approximate apricot apropos apt apud arbitrate arcade archaeology ' +
  'archive arid armchair armoire around arraign arrange arrogantly artistic as ascertain ascribe ' +
  'ashamed aside assail asset assist assured astonishing astride at athletic athwart atomize atop ' +
  'atrium attend attest attraction attribute augment austere authentic authorized availability ' +
  'avalanche avaricious average avow aw aware awareness awesome awful awkwardly axe baa babushka ' +
  'babyish back backbone backburn bad badly baggy bah bakeware bandwidth banish bank baptise bar bare ' +
  'barge baritone barracks barring baseboard bashfully basic basket bathhouse bathrobe battle beard ' +
  'beautifully because beep before begonia behest behind behold belabor bell beloved below bemuse bench ' +
  'bend beneath beneficial beret beside besides besmirch best bestride better between bewail beyond ' +
  'bicycle bid bide bidet big bin bind biodegradable biodegrade birdbath birdcage birth bitter bitterly ' +
  'black blacken blah blank blaring blaspheme bleach bleak bleakly blend blight blind blindly blink ' +
  'bliss blissfully blond bloom blossom blowgun bludgeon blue blushing boastfully bob bobble bog boggle ' +
  'bogus boiling boldly bolster bonfire bonnet bony boo boohoo book bookcase bookend boom bootleg ' +
  'border bore boring boss bossy both boulevard bouncy bourgeoisie bowed bowler bowling boyfriend brace ' +
  'bracelet braid bran brand brandish brave bravely break breakable breastplate breed brief briefly ' +
  'bright brightly brilliant brisk briskly broadcast broadly broadside brochure broken brood brook ' +
  'brown browse brr bruised brush buck bug bulky bump bungalow burdensome burgeon burly bus busily ' +
  'bustling busy but butter buttery buzzing by cafe cake calculating calculus calmly camouflage candid ' +
  'cannibalise cannon cantaloupe canter cap capitalise capitalize cappelletti capsize captain caption ' +
  'carboxyl card cardboard carefree carefully careless carelessly caring carnival carouse carp carpool ' +
  'case casement cash casket cassava castanet catalog catalyst catalyze catch categorise cauliflower ' +
  'cautious cautiously cavernous cd cease celebrate celebrated cellar celsius cemetery censor ceramic ' +
  'ceramics certainly certification certify chainstay chairperson challenge championship chap chapel ' +
  'char character characterization charlatan charm charming charter chase chasuble chatter cheap ' +
  'cheerful cheerfully cheese cheetah chiffonier chilly chime chip chops chow christen chromakey chubby ' +
  'chunder chunter cinch cinder cinema circa circle circular circulate circumference circumnavigate ' +
  'citizen clamor clamour clamp classic clavicle claw clean cleaner clear clearly cleave cleverly climb ' +
  'clinch clinking clone clonk close closed closely cloudy clueless clumsy cluttered coagulate coal ' +
  'coarse coast coaxingly cod coexist coil coin coincide coliseum collaborate collaboration ' +
  'collectivization colligate colon colonialism colorful colorfully colorize colorless colossal colour ' +
  'comb come comestible comfortable commandeer commemorate commercial commodity common commonly ' +
  'communicate community comparison compassionate compete competent complete completion complicated ' +
  'complication compromise conceal concentration conceptualize concerned concerning conclude concrete ' +
  'condense cone confide configuration confirm confiscate confound confused confusion confute ' +
  'congregate conjecture connect consequently conservation conservative considerate considering consign ' +
  'consistency construe content continually contractor contradict contrail contrast contravene ' +
  'controvert convalesce convection conversation converse convince convoke cook cool coolly coop ' +
  'cooperative coordinated coordination cop cope cork corner cornet corny corporation corral correctly ' +
  'corrupt cosset costume couch council councilman countess courageous courageously courteous courtroom ' +
  'covenant cow crackle crafty cram crank crazy creak creaking creamy creative creator creature crest ' +
  'cricket criminal cripple critical crocodile crooked croon cross crossly crowded cruel cruelly ' +
  'cruelty crumble crushing crystallize cuckoo cuddly culminate cultivated culture cumbersome curiously ' +
  'curl curly curry curse custody custom customise cute cutlet cutover cycle daddy daily daintily dally ' +
  'damaged damp dampen dandelion dapper dark darling darn dash daughter dazzling dead deadly deafening ' +
  'dearest dearly debit debut deceivingly decent decide decision decisive deck declaration decode ' +
  'decongestant decouple decriminalize decryption deduce deduct deduction deed deep deeply deer ' +
  'defendant defenseless defensive defiantly deficient definite definitive deflate deflect deform ' +
  'defrag degenerate degrease delectable delete deliberately delicious delight delightfully deliquesce ' +
  'delirious demob demobilise democratize demonstrate denitrify dense density dental deny depart ' +
  'department depend dependable dependency dependent deplore deploy deployment depot deprave depute ' +
  'derby dereference descendant descent describe descriptive desecrate deselect deserted design ' +
  'designation desk despite destock detain detective determined devastation develop developing ' +
  'developmental devil devise devoted diagram dial dicker different difficult digestive digit digital ' +
  'digitize dilate diligent diligently dim dime dimly direct director dirty disadvantage disappointment ' +
  'disapprove disarm disbar disclosure disconnection discontinue discourse discrete disgorge dish ' +
  'dishearten dishonor disinherit disk dislocate disloyal dismal dispense display dispose disposer ' +
  'disrespect dissemble distant distinct distinction distorted ditch diver diversity divert dividend ' +
  'divine dock doing doodle doorpost doting doubter doubtfully down downchange downright downshift ' +
  'dowse drab draft drag drain dramatic dramatize drat draw dream dreamily dreary dredger dress drive ' +
  'drowse drug drum dual duffel duh dulcimer dull during dusk duster dutiful dwell each early earnest ' +
  'earth easily easy ecliptic economise ecstatic ectoderm edge edible editor educated eek efface ' +
  'effector egg eggplant eke elastic elderly electric electrify electronics elegant elegantly ' +
  'elementary elevation elevator elliptical elver embalm embarrassment embed embody emboss embossing ' +
  'emerge emergent eminent emotional emphasise emphasize empty emulsify enchanted enchanting encode ' +
  'encouragement endow energetic energetically enfold engage engender enhance enlightened enlist ' +
  'enormously enrage enraged enrich enroll enthusiastically entice entire entomb entrench entry entwine ' +
  'epic equal equally equate equatorial er especially essay essence essential esteemed etch eternity ' +
  'ethical ethyl eulogise euphonium even evenly event eventually everlasting every evil evince ew ' +
  'exacerbate exactly exaggerate exalt exalted exasperation excellent except excepting excess excitable ' +
  'excited excitedly excluding executor exempt exhaust exhausted exonerate exotic expansion expatiate ' +
  'expense expensive experience experienced expert explode exploration expostulate extension extent ' +
  'exterior extract extremely extricate extroverted eyebrow eyeglasses eyeliner fabricate facilitate ' +
  'factorise factorize fail failing faint fair fairly faithfully fake fall familiar familiarize ' +
  'famously fantastic far faraway farm farmer fashion fast fat fatal fatally father fatherly fathom ' +
  'favorable favorite fax fearless feather federate fedora feline fellow feminize fen fence fencing ' +
  'ferociously ferret fervently fess festival fibre fictionalize fiddle fidget fiercely fill filter ' +
  'filthy final finally finding fine finer finger finished fireplace firm first firsthand fisherman ' +
  'fishery fit fixed flame flash flashy flat flawed flawless fleck fledgling flickering flight flimsy ' +
  'flint flood floodlight floss flowery flu fluctuate fluff fluffy flustered fly focalise focused fog ' +
  'fold folklore follower following fond fondly foodstuffs fooey foolhardy foolish foolishly foot ' +
  'footrest for forage forager forceful forearm forecast forenenst foretell forgather forgery forgo ' +
  'fork form formal formamide formation formula forsaken forswear fort fortunate fortunately founder ' +
  'fowl fragrant frail frank frankly frantically fraternise fraudster fray freckle free freely freezing ' +
  'freight french frenetically frequent friendly frightened frightfully frilly frivolous frizz frizzy ' +
  'from front frozen frugal fruitful fuel fully fumigate fun function functional fund fundraising funny ' +
  'furiously furlough furthermore fuss fussy futon fuzzy gad gadzooks gah gallery gallivant galoshes ' +
  'galvanize gape garage garrote gaseous gasp gastropod gazebo gee geez general generally generously ' +
  'gentle gently genuine gerbil gestate ghost giant gift gifted gigantic giggle give given giving ' +
  'gladly glaring glass gleaming gleefully glider glimmer glisten glittering gloat gloom gloomy ' +
  'glorious gloss glossy glow glum gnash gnaw goat godfather godparent going golden good goodwill goose ' +
  'gorgeous gosh govern governance government gown graceful gracefully gracious grade gradient graduate ' +
  'graffiti graft grandiose grandpa grandson granny granular grass gratefully grave gray great greatly ' +
  'greedily greedy grim grimy gripper gripping grizzled grok grouchy grounded grouper growing grown ' +
  'grubby gruesome grumpy guacamole guard guest guidance guide guilt guilty gullible gulp gum gummy ' +
  'gurn gust gut guzzle gym gymnast ha habit haircut hairy halt ham hamburger hammock handful handle ' +
  'handover handsome handy happily happy harangue harmful harp harvest hassle hastily hasty hateful ' +
  'haul haunting haversack hawk haze headline healthily heartache heartbeat hearten heartfelt heating ' +
  'heavenly heavily heavy hefty heighten hello help helpful helpfully helpless helplessly hence ' +
  'hepatitis heroine hexagon hidden hierarchy highlight highly hippodrome hm hmph hoarse hoick hold ' +
  'hole hollow holster home homely homeschool honestly honesty honorable honored hoof hoot hope hopeful ' +
  'hopelessly horde horn hornet horse horst hose hospitable hospitalization hot hotfoot hourly house ' +
  'hovel hover hovercraft how however howl hubris huddle huff huge humble humidity humiliating humor ' +
  'hundred hunger hungrily hungry hunt hurtful husband husk husky hutch huzzah hydrant hydrocarbon ' +
  'hydrolyse hydrolyze hyena hygienic hype hyphenation hypothesise hypothesize icebreaker ick icy ideal ' +
  'idealistic idle idolized if igloo ignite ignorance ignorant ill illiterate illusion illustrious ' +
  'imaginary imaginative imagineer immaculate immediate immediately immense impact impanel impartial ' +
  'impassioned impeccable impish implode impolite import importance important impossible impostor ' +
  'impractical impressionable impressive improbable impure in inasmuch inborn incandescence ' +
  'incidentally incinerate incline including incomparable incomplete inconsequential inculcate indeed ' +
  'indelible independence individual indolent industrialize inexperienced infamous infatuated inferior ' +
  'infinite informal information ingratiate inhibit inject injunction innocent innocently innovate ' +
  'innovation inquisitively inscribe insecure insert inside insidious insignificant insist insistent ' +
  'insolence inspect inspection instance instantly instead institute institutionalize instruction ' +
  'instructive instructor integer intellect intelligent intend intensely intent intently interchange ' +
  'interesting interestingly interior intermarry intermesh intermix internal internalise internalize ' +
  'international internationalize intervention interviewer into intrepid intrigue inure inveigle ' +
  'inventory investigate invite inwardly iridescence irk ironclad irresponsible irritably issue iterate ' +
  'jacket jagged jaggedly jaunty jaywalk jazz jealous jealously jell jellyfish jeopardise jet jiggle ' +
  'jittery jive jogging joint joshingly jot jovially joy joyful joyfully joyous joyously jubilant ' +
  'jubilantly judgementally judicious juggernaut juicy jumbo jump jungle junior jury justly jut ' +
  'juvenile kaleidoscopic keel keenly kettledrum key kick kiddingly kielbasa kinase kindheartedly ' +
  'kindly king kiss kissingly kit knavishly knickers knife knight knit knitting knottily knotty know ' +
  'knowingly knowledgeable knowledgeably known knuckle kookily kooky kosher kowtow label labourer lace ' +
  'lack lady lamp lampoon language lanky large larva lashes last lasting late laughter lava lavish ' +
  'lawful lawmaker lay lazily lazy leading league lean leap lecture left legal legend legging ' +
  'legislature legitimize lend lender less lest libel liberalize license lid lieu lifestyle lift ligate ' +
  'light lighthearted lightly likable like likely likewise limited limp limping limply linear lined ' +
  'linseed liquid list litter little live lively livid loaf lobotomise lobster lock loftily log lone ' +
  'lonely long longboat longingly loose loosely lost lotion loudly lounge louse lovable lovely lovingly ' +
  'low lowball lox loyally loyalty luck lucky lumbering lumpy lustrous lyre machine mad madly maestro ' +
  'magnetize magnificent mainstream maintainer majestic majestically major majority make makeover ' +
  'making male malfunction mallard mammoth manage management manipulate manner mantua marathon march ' +
  'marimba marketplace marksman markup maroon married marten marvelous masculinize mash mask masquerade ' +
  'massage massive masterpiece masticate materialise mathematics matter mature maul meadow meager meal ' +
  'mealy mean meander meaningfully meanwhile measly meatloaf meaty mechanic mechanically median ' +
  'mediocre medium meh membership memorable memorise menacing mentor merge merit merrily merry mesh ' +
  'messy metabolise metabolite metal metallic microblog microchip micromanage mid middle midst midwife ' +
  'mild milestone militate milky mill millet mindless minion minister minor minority minty minus ' +
  'misappropriate miscalculate miserable miserably miserly misfire misguided misjudge miskey mismatch ' +
  'mispronounce misread misreport misspend mixed mixture mmm mob mobilise mobility mobilize mockingly ' +
  'modulo moist moisten molasses mom moment monasticism monocle monster monstrous monthly monumental ' +
  'mooch moor moral moralise morbidity more morning mortally mortar mortise mosh mostly mothball ' +
  'motionless motivate motor mould mount mountain mouser mousse mozzarella muddy muffled multicolored ' +
  'mummify mundane murky muscat mushy musty mutate muted mysterious mysteriously mystify mythology nab ' +
  'napkin narrate narrow narrowcast nasalise natural naturally naughty nauseate nautical navigate near ' +
  'nearly neat neaten neatly necessary neck necklace nectarine needily needy negative neglect neglected ' +
  'negligible negotiation neighboring nephew nerve nervous nervously netsuke never new newsletter ' +
  'newsprint newsstand next nice nicely nifty nightlife nimble nippy nocturnal noisily noon nor norm ' +
  'normal not notarize noted noteworthy notwithstanding nougat now noxious nucleotidase nudge numb ' +
  'numeracy numeric nun nutritious obedience obedient obediently obesity object obligation oblong ' +
  'obnoxiously obscure observe obsess obstruct obtrude obvious ocelot octave odd oddball oddly of off ' +
  'offend offensively official officially offset often oh oil oily old omelet on once only onset onto ' +
  'oof openly opera operating opposite optimal optimistic optimistically option or orange orchestrate ' +
  'orchid order orderly ordinary orient orientate ornate ornery ostrich other ouch our out outbid outdo ' +
  'outfit outflank outfox outgoing outlandish outlaw outlying outnumber outrageous outrank outrun ' +
  'outset outside outsource outstanding oval over overburden overcharge overcoat overconfidently ' +
  'overcook overcooked overdub overdue overfeed overheard overload overplay overproduce overreact ' +
  'override overspend overstay overtrain overvalue overwork owlishly own ownership oxidise oxidize ' +
  'oxygenate pace pacemaker pack packaging painfully paintwork palatable palate pale paltry pant pants ' +
  'pantyhose papa parade parallel paralyse parched parody parsnip part partial partially partridge ' +
  'passionate passport past pasta pastel patiently patroller pause pave peaceful pear pearl pecan ' +
  'penalise pendant peninsula pension peony pepper peppery per perfection perfectly perfumed perky ' +
  'permafrost perp persecute personal personalise perspire pertain pertinent pessimistic petal peter ' +
  'petticoat petty pfft pharmacopoeia phew phony phooey phrase physical physically pick piglet pigpen ' +
  'pigsty pike pile pillbox pillory pillow pilot pine pinion pink pinstripe pip pish pitiful pity pivot ' +
  'pixellate place plagiarise plain plait plan planula plastic platter platypus playfully pleasant ' +
  'please pleased pleasing pleasure pliers pluck plugin plumber plump plus pneumonia poetry pointed ' +
  'pointless polarisation polished polite politely political polyester pomelo ponder poor poorly pop ' +
  'poppy popularity popularize populist porter portly portray posh positively possession possible ' +
  'postbox potable potentially powerful powerfully powerless practical prance precedent precious ' +
  'preclude preheat prejudge premeditation premier premise premium preregister presell present preside ' +
  'pressure prestigious presume pretend pretty pricey prickly priesthood primary prime print printer ' +
  'prioritize private privilege pro probable probate probe proceed procrastinate procurement produce ' +
  'productive profane profitable profuse programme progress prohibition proliferate promise promptly ' +
  'pronoun proofread proper properly propound proselytise proud provided providence provider provision ' +
  'prudent pry psst publication publicity publicize puff pull pulp pulse pulverize punctual punctually ' +
  'punctuation puny pupil puppet pure puritan purple purse pushy put putrefy putrid puzzled qua ' +
  'quadruple quaff quaintly qualified quantify quarrel quarrelsome quarrelsomely quart quarterly quash ' +
  'quaver queasily queasy querulous question questionable questionably questioningly quick quicker ' +
  'quickly quiet quietly quinoa quintessential quintuple quip quirkily quit quixotic quizzically ' +
  'radiant rag ragged railway rally ramp randomize range rapid rapidly rare rarely rationale ' +
  'rationalise rationalize ravage ravel ravioli raw rawhide reach react readies readily readjust ' +
  'readmit ready realistic really reapply rear reasonable reasoning reassemble reassuringly rebel ' +
  'reboot reborn rebound rebuff rebuild rebuke recede recent receptor reckless recklessly reckon ' +
  'reclassify recommendation recompense reconsideration reconstitute record recount recovery ' +
  'rectangular red redact redesign redevelop redound redraw redress reel refer reference refine reflate ' +
  'reflecting refute regal regarding regular regularly regulate reiterate rejigger rejoin rekindle ' +
  'relative relaunch release relieve reluctantly remand remark remarkable remorseful reopen ' +
  'reorganisation reorient repeat repeatedly repentant replacement replicate reporter repossess ' +
  'represent representation reprimand reproach reproachfully reprove republican repurpose request ' +
  'requirement requite reschedule reservation resolve resort resource respectful responsibility ' +
  'responsible respray restaurant restfully restructure retention retool retract retrospectivity revere ' +
  'revitalise revoke reward rewarding reword rewrite ribbon rich ride ridge right righteously ' +
  'rightfully rigid rigidly rim ring ripe rise riser rival roadway roasted robust roger role rosemary ' +
  'rosin rosy rot rotating rotten rough roughly round roundabout rout row rowdy royal rubbery rubric ' +
  'ruddy rudely rue ruin rule rundown runny runway rural rust rusty sad sadly safe safeguard safely ' +
  'sailor saloon salty same sand sandbar sandy sanity sans sarcastic sardonic sarong sashay sate ' +
  'satirise satirize satisfy saturate sauerkraut save savour saw scaffold scale scaly scamper scar ' +
  'scarcely scare scared scarification scarily scarper scary scenario scent scented schedule schematise ' +
  'scheme schlep schnitzel scholarship scientific scoff scoop scope scorn scornful scorpion scotch ' +
  'scout scowl scrabble scram scramble scrap scrape scratch scratchy screw scruple scrutinise scuffle ' +
  'scuttle seafood seagull seal search searchingly season second secondary secrecy secret section ' +
  'secularize sedately sediment see seemingly segregate seldom selfish selfishly sell sense sensitize ' +
  'sentimental separate separately sequester serenade serene serialize seriously sermon serpentine ' +
  'serve service sesame settle settler severe sew shabby shadowbox shadowy shady shaft shakily shallow ' +
  'sham shameful shameless shampoo shanghai shark sharply shear sheathe sheepishly shell shimmering ' +
  'shinny shiny shipper shirk shocked shoddy shoot shore short shoulder shout shovel showboat showy ' +
  'shred shrill shrilly shudder shush shy shyly sick sideboard sidetrack siege sightseeing sign ' +
  'signature silent silently silk silky silt silver similar simple simplistic sin since sinful singe ' +
  'singing sit sizzle sizzling skateboard skean skeletal skeleton ski skyline skyscraper slake slap ' +
  'slather sleepily sleepy sleet slide slight slime slimy slink slip slipper slope slow slowly slump ' +
  'slushy small smart smarten smog smoggy smoke smooth smoothly smug smuggle snack snappy snarling ' +
  'sneak sneaky sniff sniveling snoop snoopy snow snowplow snuggle so soap sociable sock soft softly ' +
  'soggy solace solder solemnly solicit solidly soliloquy solution solvency somber some someplace ' +
  'sometimes sonar sonata sonnet soon sophisticated sore sorrowful soulful soup soupy sour source ' +
  'soybean space spanish spark sparkling sparse spattering spear specific spectacles spectate speedily ' +
  'speedy spellcheck spew spherical spice spiffy spirit spirited spiteful splash splay splendid split ' +
  'splosh splurge spook spork sport spotless spring sprinkles square squeaky squid squiggly squirm ' +
  'stabilise stable stack stage staid stained stake stale stall standard starboard starch stark state ' +
  'statement statue status stay steak stealthily steel steep steeple step sternly sticker sticky stiff ' +
  'stiffen stigmatize sting stingy stint stitcher stock stool stoop store stormy story storyboard ' +
  'straight strait strange stranger strategy stratify straw strict strictly strident striking strong ' +
  'structure stuff stump stunning stunt stupendous sturdy stylish subdued subexpression submissive ' +
  'submitter subsidy substantial substantiate substitution subtle subtract suburban successfully suckle ' +
  'sudden suddenly suffice suffocate sugary suitcase summarise summary summer sun sunbathe sunbeam ' +
  'sundae sunder sunny sup super superb superficial superior supplier supportive supposing surface ' +
  'surge surprise surprised surprisingly sushi suspension suspiciously sustenance suv svelte swanling ' +
  'swat swath swathe sway swear sweatshop sweet sweetly swelter swerve swift swiftly swill swim swine ' +
  'swing switch switchboard swordfish symbolise sympathetically synergy synthesise syringe table ' +
  'tabletop tabulate tackle tag tail talkative tall tame tangible tank tankful tapioca taro tarragon ' +
  'tarry task tasty tattered taut taxicab team teammate technician technologist tectonics tedious ' +
  'teeming telescope tempting tenant tender tenderly tenement tennis tense tensely tentacle tepid ' +
  'teriyaki term terraform terrible terribly terrorise testify testimonial testing than thankfully that ' +
  'the these thick thigh thin think thongs thorn thorny thorough thoroughly those though thoughtfully ' +
  'thread thrifty throbbing through throughout thump thunderbolt thyme tidy tight tighten tightly till ' +
  'timely times tinderbox tinted tiny tired to toady toaster toe tomatillo tomb tomography tomorrow too ' +
  'tool tooth toothbrush toothpick topsail torn total tough tousle toward towards traditionalism ' +
  'traduce traffic tragic train trained transcend translation transom transparency transplant trash ' +
  'travel tray treasure treble trek tremendously trench trial triangular tribe tributary trick tricky ' +
  'trim triumphantly trivial trolley tromp troubled trouser true truly trust trusting trustworthy ' +
  'trusty truthfully tuba tuber tune turbulent turret tusk tut tuxedo twin twine twist typeface ' +
  'typewriter typify ugh ugly ultimate ultimately um unabashedly unaccountably unaware unbalance ' +
  'unbearably unblinking uncomfortable uncommon unconscious uncork uncover under underachieve undergo ' +
  'underneath underpants underplay understanding understated unearth unethically uneven unexpectedly ' +
  'unfinished unfit unfortunate unfortunately unfreeze unfurl unhappy unhealthy unibody uniform ' +
  'unimportant unimpressively unique unit unkempt unknown unlawful unlearn unless unlike unlined ' +
  'unlucky unnaturally unnecessarily unpleasant unrealistic unripe unruly unscramble unselfish ' +
  'unsightly unsteady unsung untidy until untimely unto untried untrue unused unusual unwelcome ' +
  'unwieldy unwilling unwritten unzip up upbeat upliftingly upon upright uproot upsell upset upward ' +
  'upwardly urban urgently usable usefully useless uselessly usher usually utilization utilized utter ' +
  'utterly vacantly vacation vague vaguely vain vainly valentine valiantly validity valley valuable ' +
  'vamoose vanadyl vanish variable vary vast vastly veg vein velocity velvety vengeful venom venture ' +
  'verbally verify version versus verve very vestment vet veto via viability vibrant vibraphone ' +
  'vibration vice vicinity viciously victorious victoriously video violent violently violin vision ' +
  'vista vivacious vivaciously vivid vol volleyball voluminous voluntarily volunteer vulgarise wafer ' +
  'waft waist wallaby wallop waltz warlike warm warmhearted warming warmly warp warped wasabi wash ' +
  'wasteful waterlogged waterspout watery waver wavy weakly wealthy wear wearily weary weatherize ' +
  'webbed wedding wedge wee weekly weep weight weighty weird welcome well westernise westernize wetly ' +
  'whack whale what wheel when whenever where whereas wherever whether which while whimsical whine ' +
  'whirlwind whisper whispered whistle white whitewash who whoa whoever whole wholly whopping whose ' +
  'whup why wicked wide widow wiggly wilderness wildly willfully willing willow wilt wilted winding ' +
  'window windy wing winged wire wise wisecrack wisely with within without witty wobbly woeful woefully ' +
  'wolf wombat wonderful wonderfully woot word wordy worldly worriedly worse worst worth worthless ' +
  'worthwhile worthy wound wrathful wretched wriggler wring writ writhing wrong wrongly wry yahoo yak ' +
  'yarmulke yawn yawningly yearly yearn yearningly yeast yellow yellowish yesterday yet yieldingly yin ' +
  'yippee yogurt young youthful youthfully yowza yuck yum yummy yuppify zany zealous zebra zen zesty ' +
  'zowie ';
