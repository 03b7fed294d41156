// Generated: lower-case words of the Debian `wamerican` list (SCOWL, permissive licence) that no
// name list has, without the inflections and derived forms the scanner strips or recognises itself
// (see data/README.md). A capitalised word found here is an everyday word, not an unknown name.
export const ENGLISH_WORDS =
  "aardvark aback abalone abandon abash abattoir abbess abbot abbr abbrev abbreviate abdicate abdomen " +
  "abdominal abduct abductee abductor abeam abed aberrant abet abetted abetter abettor abhor abhorred " +
  "abhorrence abhorrent abide abilities abject abjure ablaze ablest abloom abnormal abnormalities abode " +
  "abolish abominate aboriginal aborigine abort abound abracadabra abrade abreast abridge abroad " +
  "abrogate abrupt abruptest abscess abscissa abscissae absence absentee absinth absinthe absolute " +
  "absolutest absorb absorbency absorbent abstain abstinence abstinent abstract abstruse absurd " +
  "absurdest absurdities abundant abuse abut abutted abuzz abysmal abyss acacia academia academic " +
  "academician academies academy acanthi acanthus accede accelerate accent accessories accident " +
  "accidental acclaim acclimate accolade accommodate accompanied accompanies accomplice accomplish " +
  "accord accordion accost accountancy accountant accouterments accoutrements accrual accrue acct " +
  "accumulate accumulator accuracy accursed accurst accuse accustom acerbic acetaminophen acetate " +
  "acetic acetone acetylene ache achier achiest achoo achromatic achy acid acidifies acidify acme acne " +
  "acolyte aconite acorn acoustic acquaint acquiesce acquiescence acquiescent acquit acquittal " +
  "acquitted acre acreage acrid acridest acrimony acrobat acrobatic acronym acrostic acrylic act " +
  "actinium activate activities actor actress actualities actuarial actuaries actuary actuate actuator " +
  "acumen acupuncture acute acutest adage adagio adamant adapt adaptor add addend addenda addendum " +
  "addict additional addle addressee adduce adenoid adenoidal adept adequacy adequate adhere adherence " +
  "adherent adiabatic adieu adieux adipose adj adjacent adjectival adjoin adjudicate adjudicator " +
  "adjunct adjure adjust adjustor adjutant adman admen admin administer administrate administrator " +
  "admiral admiralty admire admit admitted admixture ado adobe adolescence adopt adore adorn adrenal " +
  "adrenaline adrift adroit ads adulate adulterant adulterate adulterer adulteress adulteries adv " +
  "advantage advent adventure adventuresome adverb adverbial adversarial adversaries adversary adverse " +
  "adversest adversities advert advice advisor advisories advocacy advt adz adze aegis aeon aerate " +
  "aerator aerial aerie aerobic aerodynamic aerosol aerospace aesthete aesthetic afar affair affidavit " +
  "affinities affirm affix afflict affluence affluent afforest affray affront afghan aficionado afield " +
  "afire aflame afloat aflutter afoot aforementioned aforesaid aforethought afoul afresh aft afterbirth " +
  "afterburner aftercare aftereffect afterglow afterlife afterlives afternoon aftershave aftershock " +
  "aftertaste afterthought afterword again agar agate agave age agencies agency agenda agent " +
  "agglomerate agglutinate aggravate aggregate aggressor aggrieve aghast agitate agitator agleam " +
  "aglitter aglow agnostic ago agog agonies agony agrarian agree agricultural agriculture agronomy " +
  "aground ague ahead ahem ahoy aid aide ail aileron aim air airborne airdrop airdropped airfare " +
  "airfield airfoil airhead airier airiest airlift airmen airplane airsick airspace airstrip airtight " +
  "airwaves airway airworthy airy aisle akimbo alabaster alarm alas albacore albatross albeit album " +
  "albumen albumin alchemy alcohol alcoholic alcove alder alderman aldermen alderwoman alderwomen ale " +
  "alfalfa alfresco alga algae algebra algebraic algorithm algorithmic alias alibi alien alienate " +
  "alight align alike alimentary alimony alit alkali alkaline alkaloid allay allege allegories allegro " +
  "alleluia allergen allergenic allergic allergies allergy alleviate alley alleyway allied allies " +
  "allocate allot allotted allover allow alloy allspice allude allure alluvia alluvial alluvium almanac " +
  "almond alms aloe aloft aloha alone aloof aloud alpaca alphabet alphabetic alphanumeric alpine " +
  "already alright also alt altar alternate alternator altho altimeter altitude alto altogether alum " +
  "aluminum alumna alumnae alumni alumnus amalgam amalgamate amanuenses amanuensis amaranth amass " +
  "amateur amateurish amaze amazon ambassador ambassadorial ambergris ambience ambient ambiguities " +
  "ambivalence ambivalent amble ambrosia ambulatories ambush ameba amebae amebic ameer amenities " +
  "amethyst amidships amigo amino amiss ammeter ammo ammonia amnesia amnesiac amnestied amnesties " +
  "amniocenteses amniocentesis amoeba amoebae amoebic amok amoral amp amperage ampere ampersand " +
  "amphetamine amphibian amphitheater amphitheatre amplest amplifier amplifies amplify amplitude " +
  "ampoule ampul ampule amputate amputee amt amuck amulet amuse anachronistic anaconda anaemia anaemic " +
  "anaerobic anaesthesia anaesthetic anagram anal analgesia analgesic analog analogies analogue " +
  "analyses analysis analyst analytic analyze anapest anarchic anarchistic anarchy anathema anatomic " +
  "anatomies anatomy ancestor ancestral ancestress ancestries ancestry anchor anchorage anchorite " +
  "anchorman anchormen anchorpeople anchorperson anchorwoman anchorwomen anchovies anchovy ancient " +
  "ancientest ancillaries ancillary andante andiron androgen android anecdota anecdotal anecdote anemia " +
  "anemic anemometer anesthesia anesthetic aneurysm anew anger angina angioplasties angioplasty " +
  "angiosperm angleworm angora angrier angriest angry angst angstrom anguish angular angularities " +
  "animal animate animator anime animistic animosities animus anion ankh ankle anklet annals annihilate " +
  "annihilator anniversaries anniversary annotate announce annoy annuities annul annular annulled anode " +
  "anodyne anoint anomalies anon anopheles anorak anorexia anorexic answer antacid antagonistic " +
  "antarctic ante anteater antebellum antecedent antechamber antedate antediluvian antenna antennae " +
  "anterior anteroom anthem anther anthill anthologies anthracite anthrax anthropocentric anthropoid " +
  "anthropomorphic antiaircraft antibiotic antibodies antibody antic anticipate anticked anticlimactic " +
  "anticlimax anticyclone antidepressant antidote antifreeze antigen antihero antihistamine antiknock " +
  "antimatter antimony antiparticle antipasti antipasto antipathetic antipathies antipathy " +
  "antipersonnel antiperspirant antiphonal antipodes antiquarian antiquaries antiquary antiquate " +
  "antiquities antiseptic antisocial antitheses antithesis antitoxin antitrust antiviral antivirus " +
  "antiwar antler antonym anus anvil anxieties anxiety anybodies anybody anyhow anymore anyone anyplace " +
  "anytime anyway anywhere aorta aortae apace apart apartheid apathetic apathy aperitif aperture apex " +
  "aphasia aphasic aphelia aphelion aphid aphoristic aphrodisiac apiaries apiary apices apiece aplenty " +
  "aplomb apocalypse apocalyptic apocryphal apogee apologetic apologia apologies apoplectic apoplexies " +
  "apoplexy apostasies apostasy apostate apostle apostolic apostrophe apothecaries apothecary " +
  "apotheoses apotheosis app appal appall apparel apparelled apparent appeal appear appease appellant " +
  "appellate append appendage appendectomies appendectomy appendices appendicitis appendix appetite " +
  "appetizer applaud applause apple applejack applesauce applicant applicator applied applies appointee " +
  "apposite appraisal apprehend apprentice approval approve approx apron apse aptest aptitude aqua " +
  "aquaculture aquae aquamarine aquanaut aquaplane aquaria aquarium aquatic aquavit aqueduct " +
  "aquiculture aquifer arabesque arachnid arbiter arbitrary arbitrator arbor arboreal arboreta " +
  "arboretum arborvitae arbutus arc arcane archaic archangel archbishop archbishopric archdeacon " +
  "archdiocese archduke archenemies archenemy archest archetypal archetype archipelago architect " +
  "architectural architecture archway arcked arctic ardent ardor are area argon argosies argosy argot " +
  "argue argyle aright arisen aristocracies aristocracy aristocrat aristocratic arithmetic ark arm " +
  "armada armadillo armature armband armhole armies armistice armlet armor armories armpit armrest army " +
  "aroma aromatherapy aromatic arose arousal arouse arpeggio arrant array arrears arrest arrival " +
  "arrogant arrogate arrow arrowhead arrowroot arsenal arsenic arson artefact arterial arteries " +
  "arteriosclerosis arthritic arthritis arthropod artichoke article articulate artier artiest artifact " +
  "artifice artificial artisan artiste artistry artsier artsiest artsy artwork arty asbestos ascend " +
  "ascendancy ascendant ascendency ascendent ascent ascetic ascot aseptic asexual ash ashcan ashen " +
  "ashier ashiest ashore ashram ashtray ashy asinine asininities ask askew aslant asleep asocial asp " +
  "asparagus aspartame aspect aspen asperities asphalt asphyxia asphyxiate aspic aspirant aspirate " +
  "aspire aspirin ass assailant assassin assassinate assault assay assemblage assemble assemblies " +
  "assemblyman assemblymen assemblywoman assemblywomen assent assert assessor asseverate asshole assign " +
  "assimilate assistant assn assoc associate assort asst assuage assume assure aster asterisk astern " +
  "asteroid asthma asthmatic astigmatic astir astonish astound astrakhan astral astray astringency " +
  "astringent astrologer astronaut astronomer astronomic astronomy astute astutest asunder asylum " +
  "asymmetric asymmetry asymptotic atavistic ate atelier atheistic atherosclerosis athlete atmosphere " +
  "atmospheric atoll atom atomic atomizer atonal atone atria atrocities atrophied atrophies atrophy " +
  "attach attack attain attar attempt attendant attenuate attic attire attitude attorney attract attune " +
  "atty atwitter auburn auctioneer audience audio audiophile audiovisual audit auditor auditoria " +
  "auditorium auger aught augur auguries augury augustest auk aunt aurae aural aureola aureole auricle " +
  "auspice austerest austerities authenticate author authoritarian authorities autistic auto " +
  "autobiographies autobiography autocracies autocracy autocrat autocratic autograph autoimmune " +
  "automata automate automatic automaton automobile autonomy autopilot autopsied autopsies autopsy " +
  "autoworker autumnal auxiliaries auxiliary avail avarice avast avatar avdp avenge avenue aver averred " +
  "averse avert avg avian aviaries aviary aviator aviatrices aviatrix avid avocado avoid avoirdupois " +
  "avowal avuncular await awake awaken awash away awe aweigh awestricken awestruck awfuller awfullest " +
  "awhile awkwardest awl awoke awoken awol awry axial axiom axiomatic axis axle axon ayatollah aye " +
  "azimuth azure babble babe babel babied babier babies babiest baboon babysat babysit babysitter " +
  "baccalaureate bacchanal bacchanalian bachelor bacilli bacillus backache backbit backbite backbitten " +
  "backdate backdrop backfield backfire backgammon background backhand backhoe backlash backlog " +
  "backlogged backpack backpedal backpedalled backrest backside backslapper backslash backslid " +
  "backslidden backslide backspace backspin backstage backstairs backstop backstopped backstories " +
  "backstretch backstroke backtrack backup backwash backwater backwoods backyard bacon bacteria " +
  "bacterial bacterium badder baddest bade badge badinage badlands badminton badmouth baffle bag " +
  "bagatelle bagel baggage bagged baggier baggiest bagpipe bail bailiff bailiwick bailout bait bake " +
  "bakeries balalaika balconies balcony bald balderdash baldest bale baleen balk balkier balkiest balky " +
  "ball ballad balladeer ballast ballerina ballet ballistic balloon ballot ballpark ballplayer ballroom " +
  "ballsier ballsiest ballsy ballyhoo balm balmier balmiest balmy baloney balsa balsam baluster " +
  "balustrade bamboo bamboozle ban banal banalities banana band bandage bandana bandanna bandied " +
  "bandier bandies bandiest bandit banditry banditti bandoleer bandolier bandstand bandwagon bandy bane " +
  "bang bangle banister banjo banknote bankroll bankrupt bankruptcies bankruptcy banned banner " +
  "bannister banns banquet banshee bantam bantamweight banter banyan baobab baptismal baptisteries " +
  "baptistries baptistry barb barbacoa barbarian barbaric barbarities barbecue barbell barbeque " +
  "barberries barberry barbershop barbiturate bard bareback barefaced barefoot barehanded bareheaded " +
  "barest barf bargain barista barium bark barley barmaid barn barnacle barnstorm barnyard barometer " +
  "barometric baronial baroque barrack barracuda barrage barred barrel barrelled barren barrenest " +
  "barrette barricade barrier barrio barrister barroom barrow bartender barter basal basalt baseball " +
  "baseline baseman basemen basest bash basil basilica basin basis bask basketball bass bassoon bast " +
  "bastard baste bat batch bate bath bathe bathmat bathos bathroom bathtub batik baton batsman batsmen " +
  "battalion batted batten batter batteries battier battiest battlefield battleground batty bauble baud " +
  "bauxite bawdier bawdiest bawdy bawl bayberries bayberry bayonetted bayou bazaar bazillion bazooka " +
  "beach beachcomber beachhead beacon bead beadier beadiest beady beagle beak beam bean beanbag bear " +
  "bearish bearskin beast beastlier beastliest beat beaten beatific beatifies beatify beatitude beatnik " +
  "beautician beauties beautifier beautifies beautify beauty beaux beaver bebop becalm became beckon " +
  "become bed bedazzle bedbug bedclothes bedded bedder bedeck bedevil bedevilled bedfellow bedlam " +
  "bedpan bedraggle bedridden bedrock bedroll bedroom bedside bedsore bedspread bedstead bedtime bee " +
  "beech beechnut beef beefburger beefier beefiest beefsteak beefy beekeeper beeline been beeswax beet " +
  "beetle beeves befall befallen befell befit befitted befog befogged beforehand befoul befriend " +
  "befuddle beg began begat beget beggar begged begin beginner begone begot begotten begrudge beguile " +
  "begun behalf behalves behave behavior behavioral behead beheld behemoth beholden behoove beige " +
  "belated belay belch beleaguer belfries belfry belie belief believe belittle belladonna bellboy " +
  "bellhop bellicose bellied bellies belligerence belligerency belligerent bellow bellwether bellyache " +
  "bellybutton belong belt beltway bemoan benchmark benefactor benefactress benefice beneficence " +
  "beneficent beneficiaries beneficiary benefit benefitted benevolence benevolent benighted benign bent " +
  "benumb benzene bequeath bequest berate bereave bereft beriberi berm berried berries berserk berth " +
  "beryllium beseech beset besiege besom besot besotted besought bespeak bespoke bespoken bestial " +
  "bestiaries bestiary bestir bestirred bestow bestowal bestrid bestridden bestrode bestseller bet beta " +
  "betake betaken betcha bethink bethought betide betoken betook betray betrayal betroth betrothal " +
  "betted bettor betwixt bevel bevelled beverage bevies bevy bewilder bewitch biannual bias biassed " +
  "biathlon bib bibliographer bibliographic bibliographies bibliography bibliophile bicameral " +
  "bicentennial bicep bicker bicuspid bidden bidder biddies biddy bidirectional biennial bier biff " +
  "bifocal bifurcate bigamy bigger biggest biggie bighearted bighorn bight bigmouth bigot bigotries " +
  "bigotry bigwig bike bikini bilateral bile bilingual bilk billet billfold billiards billies billion " +
  "billionaire billionth billow billowy bimbo bimonthlies binaries binary binderies binge bingo " +
  "binnacle binned binocular binomial biochemistry biofeedback biographer biographies biography bionic " +
  "biopsied biopsies biopsy biorhythm biosphere bipartisan bipartite biped bipedal biplane bipolar " +
  "biracial birch bird birdbrained birdhouse birdseed birdwatcher biretta birthday birthmark birthplace " +
  "birthrate birthright birthstone biscuit bisect bisector bisexual bishop bishopric bismuth bison " +
  "bisque bistro bit bitch bitchier bitchiest bitchy bitcoin bite bitmap bitten bitterest bittern " +
  "bittersweet bitumen bivalve bivouac bivouacked biweeklies bizarre blabbed blabbermouth blackball " +
  "blackberries blackberry blackbird blackcurrant blackest blackguard blackhead blackish blackjack " +
  "blackmail blackout blacksmith blackthorn blacktop blacktopped bladder blade blame blameworthy blammo " +
  "blanch blancmange bland blandest blankest blanket blare blarney blasphemies blasphemy blast blastoff " +
  "blat blatant blazon bldg bleakest blearier bleariest bleary bleat bled bleed bleep blemish blench " +
  "blent blest bletch blew blimp blindest blindfold blindside blintz blintze blip blister blithe " +
  "blithest blitz blivet blizzard bloat blob blobbed bloc blockade blockage blockbuster blockchain " +
  "blockhead blockhouse blog blogged blogger blonde blondest blood bloodbath bloodhound bloodied " +
  "bloodier bloodies bloodiest bloodmobile bloodshed bloodshot bloodstain bloodstream bloodsucker " +
  "bloodthirstier bloodthirstiest bloodthirsty bloody blooper blot blotch blotchier blotchiest blotchy " +
  "blotted blotter blouse blow blown blowout blowsier blowsiest blowsy blowtorch blowup blowzier " +
  "blowziest blowzy blubber bluebell blueberries blueberry bluebird bluebottle bluefish bluegrass " +
  "bluejacket bluejay bluenose blueprint bluest bluff bluffest bluish blunder blunderbuss blunt " +
  "bluntest blur blurb blurred blurrier blurriest blurry blurt blush bluster blvd boa boar " +
  "boardinghouse boardroom boardwalk boast boat boatman boatmen boatswain bobbed bobbies bobbin bobcat " +
  "bobolink bobsled bobsledded bobtail bobwhite bodega bodice bodies bodkin body bodyguard bodywork " +
  "bogey bogeyman bogeymen bogged boggier boggiest boggy bogie bogon bogy bohemian boil boilerplate " +
  "boink bola bold boldest boldface bole bolero boll boloney bolt bomb bombard bombardier bombast " +
  "bombastic bombshell bonanza bonbon bond bondage bondsman bondsmen bone bonehead boney boneyest " +
  "bonier boniest bonkers bonniest bonny bonsai bonus boob boobies booby boodle boogie bookie bookish " +
  "bookkeeper booklet bookmaker bookmark bookmobile bookseller bookshelf bookshelves bookshop bookstore " +
  "bookworm boomerang boon boondocks boondoggle boor boorish boost boot bootblack bootee booth bootie " +
  "bootlegged bootlegger bootstrap booty booze boozier booziest boozy bop bopped borax bordello " +
  "borderland borderline born borne boron borough borrow borscht bosh bosom bossier bossiest bosun bot " +
  "botany botch bothersome bottle bottleneck bottom boudoir bouffant bough bought bouillabaisse " +
  "bouillon boulder bounce bouncier bounciest bound boundaries boundary bounden bounties bounty bouquet " +
  "bourbon boustrophedon bout boutique bovine bow bowel bowl bowlder bowlegged bowman bowmen bowsprit " +
  "box boxcar boxen boxwood boy boycott boyish boysenberries boysenberry bozo bpm bra bracken bracket " +
  "brackish bract brag braggart bragged bragger braille brainchild brainchildren brainier brainiest " +
  "brainstorm brainteaser brainwash brainy brake brakeman brakemen bramble branch brandied brandies " +
  "brash brashest brassier brassiere brassiest brassy brat brattier brattiest bratty bravado bravest " +
  "bravura brawl brawn brawnier brawniest brawny bray brazen brazier breach bread breadbasket " +
  "breadfruit breadth breadwinner breakage breakdown breakfast breakneck breakpoints breakthrough " +
  "breakup breakwater breast breastbone breaststroke breastwork breath breathe breathier breathiest " +
  "breathy bred breech breeze breezier breeziest breezy brethren breviaries breviary brew breweries " +
  "briar bribe brick brickbat bricklayer bridal bride bridegroom bridesmaid bridge bridgehead " +
  "bridgework bridle briefcase briefest brier brig brigade brigand brigandage brigantine brighten " +
  "brightest brilliancy brim brimfull brimmed brimstone brindled brine brinier briniest briny briquet " +
  "briquette briskest brisket bristle bristlier bristliest britches brittle brittlest broach broad " +
  "broadband broadcloth broaden broadest broadloom broadsword brocade broccoli brogan brogue broil " +
  "broke brokenhearted brokerage bromide bromine bronchi bronchial bronchitis broncho bronchus bronco " +
  "brontosaur brontosauri brontosaurus bronze brooch broom broomstick broth brothel brought brouhaha " +
  "brow browbeat browbeaten brownest brownie brownish brownout brownstone bruin brunch brunette brunt " +
  "brushwood brusk bruskest brusque brusquest brutal brutalities brute brutish bubble bubblier " +
  "bubbliest buccaneer bucket buckeye buckle buckram bucksaw buckshot buckskin buckteeth bucktooth " +
  "buckwheat buckyball bucolic budded buddies budge budgerigar budget budgetary budgie buff buffalo " +
  "buffet buffoon bugaboo bugbear bugged bugger buggier buggies buggiest buggy bugle build buildup " +
  "built builtin bulb bulge bulgier bulgiest bulgy bulimia bulimic bulk bulkhead bulkier bulkiest bull " +
  "bulldog bulldogged bulldoze bullet bulletin bulletproof bullfight bullfinch bullfrog bullheaded " +
  "bullhorn bullied bullies bullion bullish bullock bullpen bullshit bullshitted bulrush bulwark bum " +
  "bumble bumblebee bummed bummer bummest bumpier bumpiest bumpkin bumpy bun bunch buncombe bundle bung " +
  "bunghole bungle bunion bunk bunkhouse bunkum bunnies bunny bunt buoy buoyancy buoyant bur burble " +
  "burden burdock bureau bureaucracies bureaucracy bureaucrat bureaucratic bureaux burg burgher burglar " +
  "burglaries burglary burgle burial buried buries burka burlap burlesque burlier burliest burn burnish " +
  "burnoose burnout burnt burp burr burrito burro burrow bursar bursitis burst bury busbies busboy " +
  "busby bush bushel bushelled bushier bushiest bushman bushmen bushwhack bushy busied busier busies " +
  "busiest businesslike businessman businessmen businesswoman businesswomen bust bustle busybodies " +
  "busybody busywork butane butch butcheries butler butte buttercup butterfat butterfingers butterflied " +
  "butterflies butterier butteries butteriest buttermilk butternut butterscotch buttock button " +
  "buttonhole buttress buxom buy buyout buzz buzzard buzzkill buzzword bye byelaw bygone bylaw byline " +
  "bypass bypast byplay byproduct bystander byte byway byword cab cabal cabana cabaret cabbage cabbed " +
  "cabbie cabby cabin cabinetmaker cablecast cablegram caboodle caboose cacao cache cachet cackle " +
  "cacophonies cacophony cacti cactus cad cadaver caddie caddish caddy cadence cadenza cadet cadge " +
  "cadmium cadre caducei caduceus caesarean caesarian caesura caesurae cafeteria caffeinated caffeine " +
  "caftan cage cagey cagier cagiest cagy cahoot cairn caisson cajole cal calabash calamine calamities " +
  "calcifies calcify calcine calcite calcium calculate calculator calculi caldron calendar calf " +
  "calfskin caliber calibrate calibrator calico calif caliper caliph caliphate calisthenic calk call " +
  "calligrapher calligraphy calliope calliper callow callowest callus calm calmest caloric calorie " +
  "calorific calumniate calumnies calumny calve calyces calypso calyx camaraderie camber cambia cambium " +
  "cambric camcorder came camel camellia cameo camera cameraman cameramen camerawoman camerawomen " +
  "camisole camomile camp campaign campanili campfire campground camphor campier campiest campsite " +
  "campy camshaft can canal canard canaries canary canasta cancan cancel cancelled cancer candelabra " +
  "candelabrum candidacies candidacy candidate candied candies candle candlelight candlestick candor " +
  "candy cane canine canister canker cannabis canned canneries cannibal cannibalistic cannier canniest " +
  "cannonade cannonball cannot canny canoe canon canopied canopies canopy cant cantaloup cantata " +
  "canteen canticle cantilever canto canton cantor canvas canvasback canyon capabilities capacities " +
  "capacitor caparison cape capillaries capillary capital capitalistic capitol capitulate caplet capon " +
  "capped cappuccino caprice capstan capsule captaincies captaincy captivate captivities captor capture " +
  "car caracul carafe caramel carapace carat caravan caraway carbide carbine carbohydrate carbonate " +
  "carboy carbs carbuncle carburetor carcass carcinogen carcinogenic carcinoma carcinomata cardiac " +
  "cardigan cardinal cardio cardiogram cardiopulmonary cardiovascular cardsharp careen carefuller " +
  "carefullest caregiver caret caretaker careworn carfare cargo caribou caricature caries carillon " +
  "carjack carnage carnal carnelian carnivore carolled caroller carom carotid carousal carousel carpal " +
  "carpel carpenter carpentry carpet carpetbag carpetbagged carpetbagger carpi carport carpus carrel " +
  "carriage carriageway carried carrier carries carrot carrousel carry carryall carryout carsick cart " +
  "cartel cartilage cartographer cartography carton cartoon cartridge cartwheel carve caryatid cascade " +
  "casein caseload casework cashback cashew cashier cashmere casino cask casserole cassette cassia " +
  "cassino cassock cast castaway caste castigate castigator castle castoff castor castrate casual " +
  "casualties casualty casuistry cataclysm cataclysmic catacomb catafalque catalepsy cataleptic " +
  "catalogue catalpa catalysis catalytic catamaran catapult cataract catarrh catastrophe catastrophic " +
  "catatonic catbird catboat catcall catchall catchier catchiest catchphrase catchup catchword catchy " +
  "categories caterpillar caterwaul catfish catgut catharses catharsis cathartic cathedral catheter " +
  "cathode catholic catkin catnap catnapped catnip catsup cattail catted cattier cattiest cattle " +
  "cattleman cattlemen catty catwalk caucus caucussed caudal caught cauldron caulk causal causalities " +
  "cause causeway caustic cautionary cavalcade cavalier cavalries cavalry cavalryman cavalrymen cave " +
  "caveat caveman cavemen cavern caviar caviare cavil cavilled cavities cavort caw cayenne ceasefire " +
  "cedar cede cedilla celebrant celebrities celesta celestial celibacy celibate cell cello cellophane " +
  "cellular cellulite celluloid cellulose cemeteries cenotaph censer censure census cent centaur " +
  "centenarian centenaries centenary centennial centerfold centerpiece centigrade centigram centigramme " +
  "centiliter centime centimeter centipede central centrifugal centrifuge centripetal centuries " +
  "centurion century cephalic cereal cerebella cerebellum cerebra cerebral cerebrum ceremonial " +
  "ceremonies ceremony certain certainties certainty certificate certifies certitude cerulean cervices " +
  "cervix cesarean cesarian cesium cesspool cetacean chafe chaff chaffinch chagrin chagrinned chain " +
  "chainsaw chair chairlift chairman chairmen chairwoman chairwomen chalet chalice chalk chalkier " +
  "chalkiest chalky chamber chamberlain chambermaid chambray chameleon chammies chammy chamois chamoix " +
  "chamomile champ champagne champion chancel chancelleries chancellor chanceries chancier chanciest " +
  "chancy chandelier change changeover channel channelled chant chantey chanticleer chanties chanty " +
  "chaos chaotic chaparral chaperon chaperone chaplain chaplaincies chaplaincy chaplet chapped chapt " +
  "characteristic charade charbroil charcoal charge charier chariest chariot charioteer charisma " +
  "charismatic charities charred chart chartreuse charwoman charwomen chary chasm chassis chaste " +
  "chasten chastest chat chateaus chatted chattel chatterbox chattier chattiest chatty chauffeur " +
  "chauvinistic cheapen cheapest cheapskate cheat check checkmate checkout checkroom checkup cheddar " +
  "cheek cheekbone cheekier cheekiest cheeky cheep cheer cheerfuller cheerfullest cheerier cheeriest " +
  "cheerleader cheeseburger cheesecake cheesecloth cheesier cheesiest cheesy chef chem chemistry " +
  "chemotherapy chenille cherish cheroot cherries cherry cherub cherubic cherubim chervil chess " +
  "chessman chessmen chest chestnut chevron chew chewier chewiest chewy chiaroscuro chic chicaneries " +
  "chicest chichi chick chickadee chicken chickenpox chickpea chickweed chicle chicories chid chidden " +
  "chide chief chiefest chieftain chiffon chigger chignon chilblain child childbirth childcare childish " +
  "childlike childproof children chile chili chill chillest chilli chilliest chimaera chimera chimney " +
  "chimp chimpanzee chin china chinchilla chink chinned chino chinstrap chintz chintzier chintziest " +
  "chintzy chipmunk chipped chipper chiropody chiropractic chiropractor chirp chirrup chirrupped chisel " +
  "chiselled chiseller chit chitchat chitchatted chitin chitlings chitlins chitterlings chivalry " +
  "chloride chlorinate chlorine chlorofluorocarbon chloroform chlorophyll chock chocolate choice " +
  "choicest choir choke choler cholera choleric cholesterol chomp choose choosey choosier choosiest " +
  "choosy chop chopped chopper choppier choppiest choppy chopstick choral chorale chord chore " +
  "choreograph choreographic choreography chorister chortle chorus chorussed chose chosen chowder " +
  "chromatic chrome chromium chromosome chronic chronicle chronologies chronometer chrysalides " +
  "chrysalis chrysanthemum chubbier chubbiest chuck chuckhole chuckle chug chugged chum chummed " +
  "chummier chummiest chummy chump chunk chunkier chunkiest chunky church churchgoer churchman " +
  "churchmen churchyard churl churlish churn chute chutney chutzpa chutzpah chyron ciabatta cicada " +
  "cicadae cicatrice cicatrix cider cigar cigaret cigarette cigarillo cilantro cilia cilium cinchona " +
  "cincture cinematic cinematographer cinematography cinnabar cinnamon cipher circadian circlet circuit " +
  "circuitry circumflex circumscribe circumspect circumstantial circumvent circus cirrhosis cirrus cis " +
  "cisgender cistern citadel cite cities citizenry citric citron citronella citrus civet civic civies " +
  "civil civilian civilities civvies clack clad claim claimant clairvoyant clam clambake clamber " +
  "clammed clammier clammiest clammy clampdown clan clandestine clang clangor clank clannish clap " +
  "clapped clapper claptrap claret clarifies clarify clarion clash clasp class classier classiest " +
  "classifies classify classmate classroom classy clatter clause claustrophobia claustrophobic " +
  "clavichord clayey clayier clayiest cleanest cleanlier cleanliest cleanse cleanup clearest " +
  "clearinghouse cleat cleavage clef cleft clematis clemency clench clerestories clergies clergy " +
  "clergyman clergymen clergywoman clergywomen cleric clerk clever cleverest clew click clickbait " +
  "client cliff cliffhanger clii climactic climate climatic climax clime clingier clingiest clingy " +
  "clinic clinician clink clip clipped clipper clipt clique cliquish clit clitoral clitoris clix cloak " +
  "cloakroom clobber cloche clock clockwork clod clodhopper clog clogged cloister clomp clop clopped " +
  "closefisted closemouthed closeout closest closet closure clot cloth clothe clothesline clothespin " +
  "clothier clotted cloture cloud cloudburst cloudier cloudiest clout clove cloven cloverleaf " +
  "cloverleaves clown clownish cloy club clubbed clubfeet clubfoot clubhouse cluck clue clump clumsier " +
  "clumsiest clung clunk clunkier clunkiest clunky cluster clutch clutter clvi clvii clxi clxii clxiv " +
  "clxix clxvi clxvii coach coachman coachmen coagulant coalesce coalescence coarsen coarsest coastal " +
  "coastline coat coauthor coax cob cobalt cobble cobblestone cobra cobweb cocaine cocci coccus " +
  "coccyges coccyx cochlea cochleae cock cockade cockamamie cockatoo cockerel cockeyed cockfight " +
  "cockier cockiest cockle cockleshell cockney cockpit cockroach cockscomb cocksucker cocksure cocktail " +
  "cocky cocoa cocoanut coconut cocoon coda codded coddle code codeine codependency codependent codex " +
  "codfish codger codices codicil codifies codify coed coeducational coefficient coequal coerce " +
  "coercion coeval coexistence coffee coffeecake coffeehouse coffeepot coffer coffin cog cogency cogent " +
  "cogitate cognac cognate cognizant cognomen cognomina cogwheel cohabit cohere coherence coherent " +
  "cohort coif coiffed coiffure coinage coincidence coincident coincidental coital coitus coke colander " +
  "cold coldest coleslaw colic colicky colitis collaborator collage collapse collar collarbone collate " +
  "collateral colleague collect collector college collegian collegiate collide collie collieries " +
  "collocate colloid colloquia colloquial colloquies colloquium colloquy collude cologne colonel " +
  "colonial colonies colonnade colonoscopies colonoscopy colony color coloratura colorblind colorfast " +
  "colossi colossus coltish columbine column coma comatose combat combatant combatted combine combo " +
  "comeback comedian comedic comedienne comedies comedown comedy comelier comeliest comet comfier " +
  "comfiest comfy comic comm comma command commandant commando commence commend commensurate " +
  "commentaries commentary commentate commentator commerce commingle commiserate commissar commissariat " +
  "commissaries commissary commit committal committed committee commode commodities commodore commonest " +
  "commonplace commonwealth communal commune communicant communicator communion communique communistic " +
  "communities commute compact compactest compactor companies companion companionway company compare " +
  "compass compatriot compel compelled compendia compendium compensate competence competencies " +
  "competency competitor compile complacence complacency complacent complain complainant complaint " +
  "complaisant complected complementary completest complex complexion complexities compliant complicate " +
  "complied complies complimentary compo component comport compose composite compositor compost " +
  "composure compote compound comprehend compress compressor comptroller compulsories computational " +
  "compute comrade con concatenate concave concavities concede conceit concentrate concentric concept " +
  "conceptual concern concert concerti concertina concertmaster concerto concessionaire conch concierge " +
  "conciliate conciliator concisest conclave concoct concomitant concord concordant concourse concubine " +
  "concur concurred concurrence concurrency concurrent condemn condescend conditional condo condole " +
  "condolence condominium condone condor conduce conduct conductor conduit confab confabbed " +
  "confectioneries confederacies confederacy confederate confer conference conferred conferrer confess " +
  "confessional confessor confetti confidant confidante confidence confident confidential configure " +
  "confine conflict confluence confluent conform confront confrontational confuse conga congeal " +
  "congenial congenital congest conglomerate congratulate congregational congress congressional " +
  "congressman congressmen congresswoman congresswomen congruence congruent congruities conic conifer " +
  "conj conjectural conjoin conjoint conjugal conjugate conjunctivitis conjuncture conjure conjuror " +
  "conk connector conned connoisseur connote connubial conquer conqueror conquest conquistador " +
  "conscience conscript consecrate consensual consensus consent consequence consequent consequential " +
  "conservator conservatories conserve consider consistencies consistent console consolidate consonant " +
  "consort consortia consortium conspiracies conspiracy conspirator conspiratorial conspire " +
  "constabularies constabulary constancy constipate constituencies constituency constituent constitute " +
  "constitutional constrain constraint constrict constrictor construct constructor consul consular " +
  "consulate consult consultancies consultancy consultant consume consummate contact contagion contain " +
  "contaminant contaminate contd contemplate contemporaries contemporary contempt contend contest " +
  "contestant context contextual continence continent continental contingencies contingency contingent " +
  "continua continual continue continuum contort contour contraband contract contractile contractual " +
  "contralto contrapuntal contraries contrary contretemps contribute contributor contrite control " +
  "controlled controller controversial controversies controversy contumelies contuse conundrum " +
  "convalescence convalescent convene convenience convenient convent conventional converge convergence " +
  "convergent conversant conversational convert convertor convex convey conveyor convict convivial " +
  "convoluted convoy convulse coo cookeries cookie cookout cooky coolant coolest coolie coon cooperate " +
  "coordinate coordinator coot cootie copeck copied copier copies copilot copped copper copperhead " +
  "coppice copra copse copter copula copulae copulate copy copycat copycatted copyleft copyright " +
  "copywriter coquette coquettish coral cord cordial cordite cordon corduroy core corespondent " +
  "coriander corkscrew corm cormorant corn cornball cornbread corncob corneal cornerstone cornflakes " +
  "cornflower cornice cornier corniest cornmeal cornrow cornstalk cornstarch cornucopia corolla " +
  "corollaries corollary coronae coronaries coronary coronavirus coroner corp corpora corporal " +
  "corporate corporeal corpse corpulence corpulent corpus corpuscle corralled correct correctest " +
  "correctional corrector correlate correspond correspondence correspondent corridor corroborate " +
  "corrode corrugate corruptest corsage corsair corset cortex cortices cortisone coruscate cosier " +
  "cosies cosiest cosign cosignatories cosine cosmetic cosmic cosmogonies cosmogony cosmologies " +
  "cosmonaut cosmopolitan cosmos cosplay cosponsor cost costar costarred costlier costliest cosy cot " +
  "cote coterie cotillion cottage cotter cotton cottonmouth cottonseed cottontail cottonwood cotyledon " +
  "cougar cough could councillor councilmen councilor councilwoman councilwomen counsel counselled " +
  "counsellor counselor count countdown counteract counterattack counterclaim counterculture " +
  "counterespionage counterexample counterfeit counterintelligence countermand counteroffer counterpane " +
  "counterpart counterrevolutionaries counterrevolutionary countersank countersign countersink " +
  "countersunk countertenor counterweight counties countries country countryman countrymen countryside " +
  "countrywoman countrywomen county coup coupe couple couplet coupon courage courier course court " +
  "courtesan courtesies courtesy courthouse courtier courtlier courtliest courtyard cove coven coverage " +
  "coverall coverlet covert covet covey cowardice cowbird cowboy cowgirl cowhand cowhide cowl cowlick " +
  "coworker cowpoke cowpox cowpuncher cowslip coxcomb coxswain coyest coyote cozen cozier cozies " +
  "coziest cozy crab crabbed crabbier crabbiest crabby crack crackdown crackerjack crackpot crackup " +
  "cradle craft craftier craftiest craftsman craftsmen crag craggier craggiest craggy crammed cramp " +
  "cranberries cranberry crane crania cranial cranium crankcase crankier crankiest crankshaft cranky " +
  "crannies cranny crap crape crapped crappier crappiest crappy crash crass crassest crate cravat crave " +
  "craven craw crawfish crawl crawlspace cray crayfish crayola crayon craze crazier crazies craziest " +
  "creakier creakiest creaky cream creameries creamier creamiest crease create credence credential " +
  "credenza credit creditor credo creed creek creel creep creepier creepiest creepy cremate crematoria " +
  "crematories crematorium creole creosote crepe crept crescendi crescendo crescent cress crestfallen " +
  "cretin crevasse crevice crew crewman crewmen crib cribbage cribbed crick cried crier cries crime " +
  "crimp crimson cringe crinkle crinklier crinkliest crinoline crises crisis crisp crispest crispier " +
  "crispiest crispy crisscross criteria criterion critic critique critter croak crochet croci crock " +
  "crocus crofts croissant crone cronies crony crook crookedest crop cropped cropper croquet croquette " +
  "crosier crossbar crossbeam crossbones crossbow crossbred crossbreed crosscheck crossest crossfire " +
  "crossover crosspiece crossroad crosstown crosswalk crossways crossword crotch crotchet crotchety " +
  "crouch croup croupier croupiest croupy crow crowbar crowd crowdfund crown crozier crucial crucifies " +
  "crucifix crucifixion cruciform crucify crud cruddier cruddiest cruddy crude crudest crudities " +
  "cruelest crueller cruellest cruelties cruet cruft crufty cruller crumb crumbier crumbiest crumblier " +
  "crumbliest crumby crummier crummiest crummy crumpet crumple crunch crunchier crunchiest crunchy " +
  "crusade crush crust crustacean crustier crustiest crusty crutch crux cry crybabies crybaby crypt " +
  "cryptic cryptocurrencies cryptocurrency cryptogram cryptographer cryptography crystalline " +
  "crystallographic crystallography cub cubbyhole cube cubic cubicle cubit cuckold cucumber cud cuddle " +
  "cuddlier cuddliest cudgel cudgelled cue cuff cuisine culinary cull cullender culotte culprit cult " +
  "cultivate cultivator cultural culvert cum cumin cummerbund cumquat cumuli cumulus cuneiform " +
  "cunnilingus cunningest cunt cup cupcake cupid cupola cupped cur curacies curacy curate curator curb " +
  "curd curdle cure curfew curie curio curiosities curlew curlicue curlier curliest curlycue curmudgeon " +
  "currant currencies currency current curricula curriculum curried curries currycomb cursor curst " +
  "curtail curtain curtest curtsey curtsied curtsies curtsy curvature curve curvier curviest curvy " +
  "cushier cushiest cushion cushy cusp cuspid cuss custard custodial custodian customary cut cutback " +
  "cutesier cutesiest cutest cutesy cuticle cutlass cutoff cutout cutter cutthroat cuttlefish cutup " +
  "cyanide cyberbullies cybernetic cyberpunk cybersex cyberspace cyclamen cyclic cyclone cyclonic " +
  "cyclotron cylinder cymbal cynic cynosure cypress cyst cystic cytoplasm czar czarina dab dabbed " +
  "dabble dacha dachshund dactyl dactylic dad daddies daemon daffier daffiest daffodil daffy daft " +
  "daftest dagger daguerreotype dailies daintier dainties daintiest dainty daiquiri dairies dairy " +
  "dairymaid dairyman dairymen dais daisies dallied dallies dalmatian damage damask dammed damn " +
  "damndest damnedest dampest damsel damson dander dandier dandies dandiest dandle dandruff dandy " +
  "danger dangle dank dankest dapperest dapple daredevil darken darkest darkroom darnedest dart dashiki " +
  "data datatype date dateline datum daunt dauphin davenport davit dawdle day daybed daybreak daydream " +
  "daydreamt daylight daytime daze dazzle dded dds deacon deactivate deadbeat deadbolt deaden deadest " +
  "deadlier deadliest deadline deadlock deadpan deadpanned deadwood deaf deafen deafest deal dealt dear " +
  "dearth death deathbed deathblow deathlike deathtrap deaves debacle debar debark debarred debate " +
  "debauch debaucheries debenture debilitate debilities debonair debrief debris debt debtor debug " +
  "debugged debugger debunk decade decadence decadent decaf decaffeinate decal decamp decant decapitate " +
  "decathlon decay decease decedent deceit decelerate decencies decency decibel decimal decimate " +
  "decipher deckhand deckle declaim declare declassifies declassify decline declivities decompose " +
  "decompress decontaminate decor decorate decorator decorum decoy decrease decree decremented " +
  "decrements decrepit decrepitude decrescendi decrescendo decried decries decry dedicate deejay deem " +
  "deepen deepest deepfake deerskin deescalate deface defame default defeat defecate defect defector " +
  "defend defense defer deference deferential deferred defiant deficiencies deficiency deficit defied " +
  "defies defile define deflector defogger defoliant defoliate deforest deformities defraud defray " +
  "defrayal defrost deft deftest defunct defuse defy degeneracy degrade degree dehumidifier " +
  "dehumidifies dehumidify dehydrate deice deifies deify deign deities deject delay delegate deleverage " +
  "deliberate delicacies delicacy delicate delicatessen deliminator delimit delineate delinquencies " +
  "delinquency delinquent delint deliquescent deliria delirium deliver deliveries delphinia delphinium " +
  "delude deluge deluxe delve demagog demagogic demagogry demagogue demagogy demand demarcate demean " +
  "demeanor demented dementia demerit demesne demigod demijohn demitasse demo democracies democracy " +
  "democrat democratic demographer demographic demography demolish demon demoniac demoniacal demonic " +
  "demonstrator demote demount demur demure demurest demurred den denature dendrite denial denied " +
  "denier denies denigrate denim denizen denominate denominational denominator denote denounce densest " +
  "densities dent dentifrice dentin dentine dentistry denture denude deodorant departmental departure " +
  "dependant dependence dependencies depict depilatories deplane deplete depopulate deport depose " +
  "deposit depositor depositories depravities deprecate depreciate depress depressant deprogram " +
  "deprogrammed dept depth deputies deputy derail derange derbies deregulate derelict deride dermatitis " +
  "dermis derogate derringer dervish desalinate descant descend descendent descried descries descriptor " +
  "descry desegregate desert deserve desiccate desideratum designate desktop desolate despair despatch " +
  "desperado desperate despoil despondency despondent despot despotic dessert destine destinies " +
  "destitute destroy destruct detach detail detainee detect detector detentes deter detergent " +
  "deteriorate determinant determinate determine deterministic deterred deterrence deterrent detest " +
  "dethrone detonate detonator detour detox detoxifies detoxify detract detractor detrimental detritus " +
  "deuce deuterium devalue devastate deviant deviate device devilish devilled devilries devilry " +
  "deviltries deviltry devoid devolve devote devotee devotional devour devout devoutest dew dewberries " +
  "dewberry dewdrop dewier dewiest dewlap dewy dextrose dharma dhoti diabetes diabetic diabolic " +
  "diacritic diadem diagnose diagnosis diagnostic diagnostician diagonal diagrammatic diagrammed " +
  "dialect dialectal dialectic dialog dialogue dialyses dialysis dialyzes diameter diaper diaphragm " +
  "diaries diarrhea diarrhoea diary diastolic diatom diatribe dibble dice dicey dichotomies dichotomy " +
  "dicier diciest dick dickey dickie dicky dicta dictate dictator dictatorial dictionaries dictionary " +
  "dictum did didactic diddle die diehard diereses dieresis diesel diet dietaries dietary dietetic " +
  "dietician dietitian diff difference differential differentiate difficulties difficulty diffidence " +
  "diffident diffuse dig digest digger digitalis dignifies dignify dignitaries dignitary dignities " +
  "digraph digress dike dilapidated dilemma dilettante dilettanti diligence dill dillies dillydallied " +
  "dillydallies dilute dimensional diminish diminuendo dimmed dimmer dimmest dimple dimwit dimwitted " +
  "din dine dinette dinghies dinghy dingier dingiest dingo dingy dink dinkier dinkies dinkiest dinky " +
  "dinned dinner dinosaur dint diocesan diocese diode diorama dioxide dioxin dip diphtheria diphthong " +
  "diploma diplomacy diplomat diplomata diplomatic dipole dipped dipper dipsomania dipsomaniac dipstick " +
  "dire directest directional directorate directorial directories direst dirge dirt dirtball dirtied " +
  "dirtier dirties dirtiest dis disabilities disabuse disaffect disagree disallow disambiguate " +
  "disappear disapproval disarrange disarray disassemble disassociate disaster disavow disavowal " +
  "disband disbarred disbelief disbelieve disburse disc discard discern discharge disciple " +
  "disciplinarian disciplinary discipline disclaim disclose disco discolor discombobulate discomfit " +
  "discomfiture discomfort discommode discompose discomposure disconcert disconnect disconsolate " +
  "discontent discontinuities discord discordant discotheque discount discourage discourtesies " +
  "discourtesy discover discoveries discredit discreet discreetest discrepancies discrepancy " +
  "discretionary discriminant discriminate discus discussant disdain disease disembark disembodied " +
  "disembodies disembody disembowel disembowelled disenchant disencumber disengage disentangle " +
  "disestablish disfavor disfigure disgrace disgruntle disgust disharmony dishcloth dishevel " +
  "dishevelled dishonest dishonesty dishpan dishrag dishtowel dishwasher dishwater disincline disinfect " +
  "disinfectant disintegrate disinter disinterest disinterred disjoint diskette dislike dislodge " +
  "disloyalty dismantle dismay dismember dismiss dismissal dismount disobedience disobedient disobey " +
  "disoblige disorder disorient disown disparage disparate disparities dispassionate dispatch dispel " +
  "dispelled dispensaries dispensary dispersal disperse dispirit displace displease displeasure disport " +
  "disposal dispossess disproof disproportionate disprove disproven disputant dispute disqualifies " +
  "disqualify disquiet disregard disrepair disrepute disrobe disrupt dissatisfied dissatisfies " +
  "dissatisfy dissect disseminate dissent disservice dissidence dissident dissimilar dissimilarities " +
  "dissimulate dissipate dissociate dissolute dissolve dissonant dissuade distaff distaste distemper " +
  "distend distil distill distillate distilleries distinctest distinguish distort distract distrait " +
  "distraught distress distribute distributor district distrust disturb disunite disuse dither ditties " +
  "ditto ditty diuretic diurnal diva divan diverge divergence divergent diverse diversifies diversify " +
  "diversionary diversities divest divide divinest divinities divisional divisor divorce divot divulge " +
  "divvied divvies divvy dizzied dizzier dizzies dizziest dizzy djinn djinni doc docent docile docket " +
  "dockyard doctor doctoral doctorate doctrinaire doctrinal doctrine docudrama documentaries " +
  "documentary dodder dodge dodgier dodgiest dodgy doff dog dogcatcher dogfight dogfish dogged doggerel " +
  "doggie doggiest doggone doggonedest doggonest doggy doghouse dogie dogma dogmata dogmatic dogtrot " +
  "dogtrotted dogwood doilies doldrums dole doll dollar dollhouse dollies dollop dolmen dolphin dolt " +
  "doltish domain dome domestic domesticate domicile dominant dominate domineer dominion domino donate " +
  "done dongle donkey donned donor donut doodad doohickey doom doomsday door doorbell doorknob doorman " +
  "doormat doormen doorstep doorstop doorway dope dopey dopier dopiest dopy dories dork dorkier " +
  "dorkiest dorky dorm dormancy dormant dormice dormitories dormouse dorsal dos dosage dose dossier dot " +
  "dotage dotcom dote doth dotted dotty double doublet doubloon doubt douche dough doughier doughiest " +
  "doughnut doughtier doughtiest doughty doughy dour dourest douse dove dovetail dowager dowdier " +
  "dowdies dowdiest dowdy dowel dowelled downbeat downcast downfall downgrade downhearted downhill " +
  "downier downiest download downplay downpour downscale downstage downstairs downstate downstream " +
  "downtime downtown downtrodden downturn downwind downy dowries dowry doxologies doyen doz doze dozen " +
  "dpi drabber drabbest drachma drachmae drachmai draconian draftee draftier draftiest draftsman " +
  "draftsmen drafty dragged dragon dragonflies dragoon drainage drainpipe dram drama drank drape " +
  "draperies drastic drawback drawbridge drawl drawn dray dread dreadlocks dreadnought dreamier " +
  "dreamiest dreamland dreamlike dreamy drearier dreariest dredge dregs drench dressage dressier " +
  "dressiest dressmaker dressy dribble driblet dried drier driest drift driftwood drill drink drip " +
  "dripped drivel drivelled driven driveway drizzle droid droll drolleries drollest dromedaries " +
  "dromedary drone drool droop droopier droopiest droopy drop droplet dropout dropped dropper dropsy " +
  "dross drought drouth drove drown drowsier drowsiest drowsy drub drubbed drudge drugged drugstore " +
  "druid drummed drummer drumstick drunk drunkard drunken drunkest dry dryad dryest drywall dub dubbed " +
  "dubiety ducal ducat duchess duchies duchy duckbill duct ductile dud dude dudgeon due duel duelled " +
  "duet duff dug dugout duke dulcet dullard dullest dumb dumbbell dumbest dumbfound dumbwaiter dumfound " +
  "dummies dummy dump dumpier dumpiest dumpster dumpy dun dunce dune dungaree dungeon dunk dunned " +
  "dunner dunnest dunno duo duodena duodenal duodenum dupe duplex duplicate duplicator duress duskier " +
  "duskiest dusky dust dustbin dustier dustiest dustman dustmen dustpan duties duty duvet dwarf " +
  "dwarfish dwarves dweeb dwelt dwindle dyadic dye dyestuff dyke dynamic dynamite dynamo dynastic " +
  "dynasties dynasty dysfunctional dyslexia dyslexic dyspepsia dyspeptic eager eagerest eagle eaglet " +
  "ear earache earbud eardrum earlier earliest earlobe earmark earmuff earn earphone earplug earshot " +
  "earthen earthier earthiest earthlier earthliest earthquake earthwork earthworm earthy earwax earwig " +
  "ease easel easier easiest east eastbound easterlies eastern easternmost eat eaten eateries eave " +
  "eavesdrop eavesdropped eavesdropper ebb ebonies ebullience ebullient eccentric eccentricities " +
  "ecclesiastic echelon echo eclectic eclipse econometric economic economies economy ecosystem ecru " +
  "ecstasies ecstasy eczema edamame eddied eddies edelweiss edema edgeways edgier edgiest edgy edict " +
  "edifice edifies edify edit editorial eds educate educational educator eel eerie eeriest effect " +
  "effectual effectuate effeminacy effeminate effervesce effervescence effervescent effete efficacy " +
  "efficiencies efficiency efficient effigies effigy effluent effort effulgence effulgent egalitarian " +
  "eggbeater egghead eggnog eggshell egis eglantine ego egocentric egoistic egotistic egress egret " +
  "eider eiderdown eigenvalue eight eighteen eighteenth eighth eighties eightieth eighty either " +
  "ejaculate eject elaborate elapse elate elbow elbowroom elder elderberries elderberry eldercare " +
  "eldest elect electioneer elector electoral electorate electrician electrifies electrocardiogram " +
  "electrocardiograph electrocute electrode electroencephalogram electroencephalograph electrolysis " +
  "electrolyte electrolytic electromagnetic electron electronic electronica electroplate electrostatic " +
  "elegiac elegies elegy elemental elephant elephantine elevate eleven eleventh elf elfin elfish elicit " +
  "eliminate elite elixir elk ell ellipse ellipsis elliptic elm elongate elope eloquence eloquent " +
  "elsewhere elucidate elude elves elvish emaciate email emanate emancipate emancipator emasculate " +
  "embargo embark embarrass embassies embassy embattled embedded embellish ember embezzle embitter " +
  "emblazon emblem emblematic embodied embodies embolden embrace embroider embroideries embroil embryo " +
  "embryonic emcee emend emergence emergencies emergency emeritus emetic emigrant emigrate eminence " +
  "emirate emissaries emissary emit emitted emo emoji emollient emote emoticon empanel empathetic " +
  "empathy emperor emphases emphasis emphatic emphysema empire employ employe employee emporia emporium " +
  "empower empress emptied emptier empties emptiest ems emu emulate emulator emulsifies enact enamel " +
  "enamelled enamor encamp encapsulate encase encephalitis enchant enchantress enchilada encircle " +
  "enclave enclose enclosure encompass encore encounter encourage encroach encrust encrypt encumber " +
  "encyclopaedia encyclopaedic encyclopedia encyclopedic end endanger endear endeavor endemic endocrine " +
  "endorse endue endure endways enema enemata enemies enemy energies energy enervate enfeeble enforce " +
  "engine engorge engrave engross engulf enigma enigmatic enjoin enjoy enlarge enlighten enlistee " +
  "enliven enmesh enmities ennoble ennui enormities enough enquire enquiries enquiry enrapture enrol " +
  "ensconce ensemble enshrine enshroud ensign enslave ensnare ensue ensure entail entangle entente " +
  "enter entertain enthral enthrall enthrone enthuse enthusiasm enthusiast enthusiastic entirety " +
  "entities entitle entourage entrails entrant entrap entrapped entreat entreaties entreaty " +
  "entrepreneur entrepreneurial entries entropy entrust entryway enumerate enunciate enure envelop " +
  "envelope envied envies environmental environs envisage envoy envy enzyme eon epaulet epaulette " +
  "ephemeral epicenter epicure epicurean epidemic epidermal epidermis epiglottides epiglottis epigram " +
  "epigrammatic epilepsy epileptic epilog epilogue episcopacy episcopal episcopate episode episodic " +
  "epistle epistolary epitaph epithet epitome epoch epochal epoxied epoxies epoxy epsilon equalled " +
  "equator equestrian equestrienne equidistant equilateral equilibrium equine equinoctial equinox equip " +
  "equipage equipped equities equivalence equivalent equivocal equivocate era eradicate erase erasure " +
  "ere erect erectile erg ergo ergonomic ermine erode erotic erotica err errand errant errata erratic " +
  "erratum error ersatz erstwhile erudite erupt erythrocyte escalate escalator escapade escape escapee " +
  "escarole eschew escort escrow escutcheon esophagi esophagus esoteric esp espadrille especial espied " +
  "espies espionage esplanade espousal espouse espresso espy esquire est establish estate esteem " +
  "esthete esthetic estimate estimator estrange estrogen estuaries estuary eta etc eternal eternities " +
  "ether ethereal ethic ethnic ethos etiologies etiquette etymologies eucalypti eucalyptus eulogies " +
  "eulogistic eulogy eunuch euphemistic euphony euphoria euphoric eureka euro eutectic euthanasia " +
  "evacuate evacuee evade evaluate evanescent evangelistic evaporate evenest evenhanded eventide " +
  "eventual eventualities eventuate everglade evergreen evermore everybody everyday everyone everyplace " +
  "everywhere evict evidence evident evildoer evilest eviller evillest eviscerate evoke evolutionary " +
  "evolve ewe exact exactest exactitude exam examine example exasperate excavate excavator exceed excel " +
  "excelled excellence exceptional excerpt exchange exchequer excite excl exclaim exclude excommunicate " +
  "excoriate excrescence excreta excrete exculpate excuse exec execrate execute executrices executrix " +
  "exegeses exegesis exemplar exemplary exemplifies exemplify exert exes exhale exhibit exhibitor " +
  "exhilarate exhort exhume exigencies exigency exigent exile existence existent existential exit " +
  "exodus exorbitant expand expanse expatriate expect expectancy expectant expectorant expectorate " +
  "expedience expediencies expediency expedient expedite expeditionary expeditor expel expelled expend " +
  "expenditure experimental expiate expire expiry explain explicate explicit exploit explore expo " +
  "exponent exponential export expose exposure expound express expressway expropriate expunge expurgate " +
  "exquisite extant extempore extend extensional extenuate exterminate exterminator external extinct " +
  "extinguish extirpate extol extoll extort extortionate extra extractor extracurricular extradite " +
  "extramarital extraordinary extrapolate extraterrestrial extravagant extravaganza extravert extreme " +
  "extremest extremities extrinsic extrovert extrude exuberant exude exult exultant eye eyeball " +
  "eyeglass eyelash eyelet eyelid eyepiece eyesight eyesore eyestrain eyeteeth eyetooth fabric facade " +
  "face facelift facepalm facet facetted facial facile facilities facsimile fact factional factor " +
  "factorial factories factotum factual faculties faculty fad faddish fade faecal faeces fag fagged " +
  "faggot fagot failure fain fainest faintest fainthearted fairest fairground fairies fairings fairway " +
  "fairy fairyland fakir falcon falconry fallacies fallacy fallen falloff fallout fallow false falsest " +
  "falsetto falsifies falsify falsities fame familial families famine famish fanatic fanboy fancied " +
  "fancier fancies fanciest fancy fanfare fanned fannies fantasied fantasies fantasy fanzine farce fare " +
  "farewell farmhand farmhouse farmland farmyard farrow farsighted fart farther farthest fascinate " +
  "fashionista fasten fastest fatalistic fatalities fate fathead fatherland fatigue fatten fatter " +
  "fattest fattier fatties fattiest fatty faucet fault faultier faultiest faulty faun fauna faunae " +
  "favor fawn faze fealty fear fearsome feast feat featherier featheriest featherweight feature febrile " +
  "fecal feces fecund fed federal fee feeble feeblest feedback feedbag feel feet feign feint feistier " +
  "feistiest feisty feldspar felicities fell fellatio fellest felon felonies felony felt female " +
  "feminine femora femoral femur fend fennel fentanyl fer feral ferric ferried ferries ferrule " +
  "ferryboat fertile fervency fervent fervid fervor fest festal festivities festoon feta fetal fetch " +
  "feted fetich fetid fetish fetishistic fetlock fetter fettle fetus feud feudal feudalistic fever " +
  "feverish few fewest fey fez fezzes fiasco fiat fib fibbed fibber fiberglass fibroid fibula fibulae " +
  "fiche fickle ficklest fictional fiddlesticks fidgety fiduciaries fiduciary fie fief field fieldwork " +
  "fiend fiendish fierce fiercest fierier fieriest fiesta fife fifteen fifteenth fifth fifties fiftieth " +
  "fifty fig fight figure figurehead figurine filbert filch file filet filial filibuster filigree " +
  "fillet fillies fillip film filmier filmiest filmmaker filmstrip filmy filth filthier filthiest " +
  "filtrate fin finagle finale financial financier finch find finesse finest fingernail fingerprint " +
  "fingertip finickier finickiest finicky finis finish finite finny fiord fir fire firearm fireball " +
  "firebomb firebrand firebreak firebug firecracker firefight fireflies firehouse fireman firemen " +
  "fireplug firepower fireproof fireside firestorm firetrap firewall firewater firewood firework " +
  "firmest firstborn firth fiscal fishbowl fisheries fishermen fishhook fishier fishiest fishtail " +
  "fishwife fishwives fishy fissure fisticuffs fitted fitter fittest fix fixate fixture fizz fizzier " +
  "fizziest fizzle fizzy fjord flabbergast flabbier flabbiest flabby flaccid flack flag flagella " +
  "flagellate flagellum flagged flagon flagpole flagrant flagstaff flagstone flail flair flake flakier " +
  "flakiest flaky flamage flambes flamboyant flamenco flamethrower flamingo flan flange flank flannel " +
  "flannelet flannelette flannelled flap flapjack flapped flapper flare flashback flashbulb flashest " +
  "flashgun flashier flashiest flashlight flask flatbed flatboat flatcar flatfeet flatfish flatfoot " +
  "flatiron flatted flatten flatter flattest flattop flatulence flatulent flaunt flavor flaw flax " +
  "flaxen flay flea fled fledged flee fleece fleecier fleeciest fleecy fleet fleetest flesh fleshier " +
  "fleshiest fleshlier fleshliest fleshy flew flex flexitime flextime flibbertigibbet flick flied flier " +
  "flies fliest flightier flightiest flighty flimflam flimflammed flimsier flimsiest flinch flintier " +
  "flintiest flintlock flinty flippancy flippant flipped flipper flippest flippies flippy flirt flit " +
  "flitted float flock floe flog flogged floodgate floodlit floor floozie floozy flop flophouse flopped " +
  "floppier floppies floppiest floppy florae floral florid flotilla flotsam flounce flounder flour " +
  "flourish floury flout flowchart flowerbed flowerier floweriest flowerpot flown flub flubbed flue " +
  "fluency fluent fluffier fluffiest fluid fluke flukey flukier flukiest fluky flume flummox flung " +
  "flunk flunkey flunkie flunky fluoresce fluorescence fluorescent fluoridate fluoride fluorine " +
  "fluorite fluorocarbon fluoroscope flurried flurries flurry flush flushest fluster flute flutter flux " +
  "flyby flycatcher flyleaf flyleaves flyover flypaper flysheet flyspeck flyswatter flytrap flyweight " +
  "flywheel foal foam foamier foamiest foamy fob fobbed focal foci focus focussed focusses fodder foe " +
  "foetal foetus fogbound fogey fogged foggier foggiest foggy foghorn fogies fogy foil foldaway foliage " +
  "folio folk folksier folksiest folksy follicle follies follow followup fondant fondest fondle fondu " +
  "fondue font foo foobar food foodstuff fool fooleries foolhardier foolhardiest foolproof foolscap " +
  "footage football footbridge footfall foothill foothold footlights footlocker footloose footman " +
  "footmen footnote footpath footprint footsie footsore footstep footstool footwear footwork fop " +
  "foppish fora foray forbad forbade forbear forbid forbidden forbore forborne force forceps fore " +
  "forebear forebode forecastle foreclose foreclosure forefather forefeet forefinger forefoot forefront " +
  "foregather forego foregone foreground forehand forehead foreign foreknowledge foreleg forelock " +
  "foreman foremast foremen foremost forename forenoon forensic foreordain foreplay forerunner foresail " +
  "foresaw foresee foreseen foreshadow foreshorten foresight foreskin forestall forestry foreswear " +
  "foreswore foresworn foretaste forethought foretold forever forevermore forewarn forewent forewoman " +
  "forewomen foreword forfeit forfeiture forgave forge forgeries forget forgiven forgone forgot " +
  "forgotten forklift forlorn formaldehyde formalities format formatted formulae formulaic formulate " +
  "fornicate forsake forsook forsooth forswore forsworn forsythia forth forthright forthwith forties " +
  "fortieth fortifies fortify fortissimo fortitude fortnight fortress forty forum forwardest forwent " +
  "fossil fought foul foulest found foundries foundry fount fountain fountainhead four fourfold " +
  "fourscore foursome foursquare fourteen fourteenth fourth fox foxglove foxhole foxhound foxier " +
  "foxiest foxtrot foxtrotted foxy foyer fracas frack fractal fractional fracture frag fragile " +
  "fragilest fragmentary frailest frailties frailty frame framework franc franchisee frankest " +
  "frankfurter frankincense frantic frappes frat fraternal fraternities fratricide fraud fraudulence " +
  "fraudulent fraught frazzle freak freakier freakiest freakish freaky freebee freebie freebooter " +
  "freedman freedmen freehand freehold freeload freemen freest freestyle freethinker freeway freewheel " +
  "freewill freeze frenetic frenzied frenzies frenzy frequencies frequency frequentest fresco fresh " +
  "freshen freshest freshet freshman freshmen freshwater fret fretted fretwork friar fricassee fridge " +
  "friend friendlier friendlies friendliest frier fries frieze frigate fright frighten frigid frill " +
  "frillier frilliest fringe fripperies frisk friskier friskiest frisky fritter frivolities frizzier " +
  "frizziest frizzle fro frock frog frogman frogmen frolic frolicked frolicsome frond frontage frontal " +
  "frontier frontiersman frontiersmen frontispiece frontrunner frost frostbit frostbite frostbitten " +
  "frostier frostiest frosty froth frothier frothiest frothy frown frowsier frowsiest frowsy frowzier " +
  "frowziest frowzy froze fructifies fructify fructose fruit fruitcake fruitier fruitiest frump " +
  "frumpier frumpiest frumpy frustrate fry ftp ftpers fuchsia fuck fuddle fudge fuelled fugue fulcra " +
  "fulcrum fulfil fulfill full fullback fullest fulminate fulsome fum fumble fume fumigator " +
  "functionaries functionary fundamental funeral funereal fungal fungi fungicidal fungicide fungus " +
  "funicular funkier funkiest funky funnel funnelled funner funnest funnier funnies funniest fur " +
  "furbelow furbish furies furl furlong furnace furnish furniture furor furred furrier furriest furrow " +
  "furry further furthermost furthest fury furze fuse fuselage fusillade fussbudget fussier fussiest " +
  "fustian fustier fustiest fusty futile future futuristic futurities futz fuzz fuzzball fuzzier " +
  "fuzziest fwd gab gabardine gabbed gabbier gabbiest gabble gabby gaberdine gadabout gadded gadflies " +
  "gadget gadgetry gaff gaffe gag gagged gaggle gaiety gain gainsaid gainsay gait gala galactic " +
  "galaxies galaxy gale galena gallant gallantry gallbladder galleon galleries galley gallium gallon " +
  "gallop gallows gallstone galore galosh galvanic galvanometer gambit gamble gambol gambolled game " +
  "gamecock gamekeeper gamest gamete gamey gamier gamiest gamin gamine gamma gamut gamy gander gangland " +
  "ganglia ganglier gangliest ganglion gangplank gangrene gangster gangway gantlet gantries gantry gap " +
  "garb garbage garbageman garbanzo garble gardenia gargantuan gargle gargoyle garish garlic garlicky " +
  "garner garnish garnishee garote garotte garrotte garter gas gash gasket gaslight gasohol gasolene " +
  "gasoline gassed gasses gassier gassiest gassy gastric gastritis gastrointestinal gastronomic " +
  "gastronomy gate gatecrasher gatepost gateway gather gauche gauchest gaucho gaudier gaudiest gaudy " +
  "gauge gaunt gauntest gauntlet gauze gauzier gauziest gauzy gave gavel gavotte gawk gawkier gawkiest " +
  "gawky gay gayest gayety gaze gazelle gazette gazillion gazpacho gear gearbox gearshift gearwheel " +
  "gecko geegaw geek geekier geekiest geeky geisha gel gelatin gelatine geld gelid gelled gelt gem " +
  "gemstone gen gendarme gender genealogies genealogy genera generalissimo generalities generate " +
  "generator generic generosities genetic genial genie genii genital genitalia genius genocide genome " +
  "genre gent genteel gentian gentlefolk gentleman gentlemen gentlest gentlewoman gentlewomen gentries " +
  "gentrifies gentrify gentry genuflect genus geocache geocentric geode geodesic geographer geographic " +
  "geographies geography geologic geologies geometer geometric geometries geometry geostationary " +
  "geothermal geranium geriatric germ germane germanium germicidal germicide germinal germinate " +
  "gerrymander gerund gesticulate gesture gesundheit get getaway getup gewgaw geyser ghastlier " +
  "ghastliest gherkin ghetto ghostlier ghostliest ghostwrite ghostwritten ghostwrote ghoul ghoulish " +
  "giantess gibber gibberish gibbet gibbon gibe giblet giddier giddiest giddy gig gigabit gigabyte " +
  "gigahertz gigapixel gigged gigglier giggliest gigolo gild gillion gilt gimcrack gimlet gimme gimmick " +
  "gimmickry gimmicky gimpy gin gingerbread gingersnap gingham gingivitis gingko ginkgo ginned ginseng " +
  "gipsies gipsy giraffe gird girdle girl girlfriend girlish girt girth gismo giveaway gizmo gizzard " +
  "glacial glacier glad gladden gladder gladdest glade gladiator gladiatorial gladiola gladioli " +
  "gladiolus glamor glamour gland glandular glare glassier glassiest glassy glaucoma glaze glazier " +
  "gleam glean glee glib glibber glibbest glide glimpse glint glissandi glissando glitch glitter glitz " +
  "glitzier glitziest glitzy glob global globe globetrotter globular globule glockenspiel gloomier " +
  "gloomiest glop gloried glories glorifies glorify glossaries glossary glossier glossies glossiest " +
  "glottides glottis glove glowworm glucose glue gluey gluier gluiest glummer glummest glut gluten " +
  "glutted glutton gluttony glycerin glycerine glycerol glycogen glyph gnarl gnarlier gnarliest gnat " +
  "gnawn gneiss gnome gnomish gnu goad goal goalie goalkeeper goalpost goaltender goatee goatherd " +
  "goatskin gob gobbed gobble gobbledegook gobbledygook goblet goblin god godchild godchildren goddam " +
  "goddamn goddaughter goddess godforsaken godlier godliest godlike godmother godsend godson goes gofer " +
  "goggle goiter goitre gold goldbrick goldenest goldenrod goldfinch goldfish goldsmith golf gollies " +
  "gonad gondola gondolier gone gong gonk gonna gonorrhea gonorrhoea gonzo goo goober goodby goodbye " +
  "goodie goodlier goodliest goodnight goody gooey goof goofier goofiest goofy google gooier gooiest " +
  "gook goon goop gooseberries gooseberry gopher gore gorge gorier goriest gorilla gorp gorse gospel " +
  "gossamer gossip gossipped gossipy got gotcha gotta gotten gouge goulash gourd gourmand gourmet gout " +
  "goutier goutiest gouty gov governmental governor govt grab grabbed grabber grackle grad gradual " +
  "graffito grail grain grainier grainiest grainy gram grammar grammarian gramophone granaries granary " +
  "grand grandad grandchild grandchildren granddad granddaughter grandee grandest grandeur grandfather " +
  "grandiloquence grandiloquent grandma grandmother grandparent grandstand granite grannie granola " +
  "granulate granule grape grapefruit grapevine graph graphic graphite grapnel grapple grasp " +
  "grasshopper grassier grassiest grassland grassy grate gratifies gratify gratis gratitude gratuities " +
  "gravel gravelled graven gravest gravestone graveyard gravies gravitate gravitational gravy graybeard " +
  "grayest grayish graze grease greasepaint greasier greasiest greasy greatest grebe greed greedier " +
  "greediest greenback greenest greengrocer greenhorn greenhouse greenish greet gremlin grenade " +
  "grenadier grep grepped grew grey greyest greyhound greyish gribble grid griddle griddlecake gridiron " +
  "gridlock grief grieve grill grille grimace grime grimier grimiest grimmer grimmest grin grind " +
  "grindstone gringo grinned grip gripe grippe grislier grisliest gristle grit gritted grittier " +
  "grittiest gritty grizzlier grizzlies grizzliest groan grocer groceries grog groggier groggiest " +
  "groggy groin grokked grommet groom groove groovier grooviest groovy grope grosbeak gross grossest " +
  "grotesque grotto grouch grouchier grouchiest ground groundhog groundswell groundwork group groupie " +
  "grouse grout grove grovel grovelled groveller grow growl grownup growth grub grubbed grubbier " +
  "grubbiest grubstake grudge grue gruel gruesomest gruff gruffest grumble grumpier grumpiest grunge " +
  "grungier grungiest grungy grunt gryphon guano guarantee guarantied guaranties guarantor guaranty " +
  "guardhouse guardian guardrail guardroom guardsman guardsmen guava gubernatorial guerilla guerrilla " +
  "guess guesstimate guesswork guff guffaw guideline guild guile guillotine guiltier guiltiest guinea " +
  "guitar gulag gulch gulf gull gullet gulley gullies gumbo gumdrop gummed gummier gummiest gun gunboat " +
  "gunfight gunfire gunk gunman gunmen gunned gunny gunnysack gunpowder gunrunner gunshot gunslinger " +
  "gunsmith gunwale guppies guppy gurgle gurney gush gushier gushiest gushy gusset gustier gustiest " +
  "gusto gusty gutsier gutsiest gutsy gutted gutter guttersnipe guttural gybe gymnasia gymnasium " +
  "gymnastic gymnosperm gyp gypped gypsies gypsum gypsy gyrate gyro gyroscope haberdasher " +
  "haberdasheries habitat habitual habituate hacienda hack hackish hackle hackney hacksaw had haddock " +
  "haemoglobin haemophilia haemorrhage haemorrhoids hafnium haft hag haggard haggle hah haiku hail " +
  "hailstone hailstorm hair hairball hairbreadth hairbrush hairdo hairdresser hairier hairiest hairline " +
  "hairpiece hairpin hairsbreadth hairstyle hake halberd halcyon halest half halfback halfhearted " +
  "halfpence halfpennies halfpenny halftime halfway halibut halitosis halleluiah hallelujah hallmark " +
  "hallow hallucinate hallucinogen hallucinogenic hallway halo halogen halon halve halyard hamlet " +
  "hammed hammer hammerhead hamper hamster hamstrung handbag handball handbill handcar handcart " +
  "handcraft handcuff handgun handheld handicap handicapped handicapper handicraft handier handiest " +
  "handiwork handkerchief handkerchieves handlebar handmade handmaid handmaiden handout handpick " +
  "handrail handset handshake handsomest handstand handwork handwritten handyman handymen hangar " +
  "hangdog hangman hangmen hangnail hangout hangover hankie hanky hansom haphazard happen happier " +
  "happiest harass harbinger harbor hard hardback hardball hardcover harden hardest hardheaded " +
  "hardhearted hardier hardiest hardline hardtack hardtop hardwired hardwood hare harebrained harelip " +
  "harem hark harken harlequin harlot harm harmonic harmonica harmonies harpies harpoon harpsichord " +
  "harpy harridan harried harries harrow harsh harshest hart has hash hasheesh hashish hashtag hasp " +
  "hassock haste hasten hastier hastiest hat hatch hatchback hatcheries hatchet hatchway hate hath " +
  "hatred hatted hatter haughtier haughtiest haughty haunch haunt hauteur have havoc haw hawkish " +
  "hawthorn hay haycock hayloft haymow hayseed haystack haywire hazard hazelnut hazier haziest hazmat " +
  "hazy head headache headband headdress headfirst headgear headhunter headier headiest headland " +
  "headlight headlock headlong headmaster headmistress headphone headquarter headrest headroom headset " +
  "headstone headstrong headwaiter headwaters headway headwind headword heady heal health healthcare " +
  "healthier healthiest healthy heap hear heard hearken hearsay hearse heart heartbreak heartbroken " +
  "heartburn hearth heartier hearties heartiest heartland heartsick heartstrings heartthrob hearty heat " +
  "heathen heathenish heatstroke heave heavenlier heavenliest heavier heavies heaviest heavyset " +
  "heavyweight heckle hectare hectic hedge hedgehog hedgerow hedonistic heed heehaw heel heft heftier " +
  "heftiest hegemony heifer height heir heiress heirloom held helices helicopter heliotrope heliport " +
  "helium helix hell hellebore hellhole hellion hellish helmet helmsman helmsmen helot helpline " +
  "helpmate helpmeet hem hemisphere hemispheric hemline hemlock hemmed hemoglobin hemophilia " +
  "hemophiliac hemorrhage hemorrhoid hemp hempen hemstitch hen henceforth henchman henchmen henna " +
  "henpeck hep hepatic hepper heppest heptagon her herald heraldic heraldry herb herbage herbal " +
  "herbicide herbivore herculean herd herdsman herdsmen here hereabout hereafter hereby hereditary " +
  "herein hereof heresies heresy heretic hereto heretofore hereupon herewith heritage hermaphrodite " +
  "hermaphroditic hermetic hermit hermitage hernia herniae hero heroic heroin heron herpes herringbone " +
  "herself hertz hes hesitancy hesitant hesitate heterodox heterodoxy heterosexual heuristic hew hewn " +
  "hex hexadecimal hexagonal hexameter hey heyday hgt hiatus hibachi hibernate hibiscus hiccough hiccup " +
  "hick hickey hickories hid hide hideaway hidebound hideout hie hierarchies hieroglyphic hifalutin " +
  "high highball highborn highboy highbrow highchair highest highfalutin highjack highland hightail " +
  "highway highwayman highwaymen hijack hike hillbillies hillier hilliest hillock hillside hilltop hilt " +
  "him himself hind hindmost hindquarter hindsight hinge hint hinterland hip hipped hipper hippest " +
  "hippie hippo hippopotami hippopotamus hippy hire hirsute his histamine histogram historian historic " +
  "histories histrionic hit hitch hitchhike hither hitherto hitter hivemind hoagie hoagy hoard " +
  "hoarfrost hoarier hoariest hoarsest hoary hoax hob hobbies hobbit hobble hobby hobbyhorse hobgoblin " +
  "hobnail hobnob hobnobbed hobo hock hockey hockshop hod hodgepodge hoe hoedown hog hogan hogged " +
  "hoggish hogshead hogwash hokey hokier hokiest hokum holdout holdover holdup holiday holier holiest " +
  "holistic holler hollies hollowest hollyhock holocaust hologram holograph holographic holography " +
  "homage homburg homebodies homebody homeboy homegrown homeland homelier homeliest homemade homemaker " +
  "homeopathic homeopathy homeowner homepage homeroom homesick homespun homestead homestretch hometown " +
  "homework homewrecker homey homicidal homicide homie homiest homilies hominy homograph homonym " +
  "homophobia homophobic homophone homosexual homy honcho hone honest honestest honey honeybee " +
  "honeycomb honeydew honeymoon honeysuckle honied honk honor honoraria honorarium honorary honorific " +
  "hooch hoodie hoodlum hoodoo hoodwink hooey hook hookah hookey hookup hookworm hooky hooligan hoop " +
  "hoopla hoorah hooray hootch hooves hop hopped hopper hopscotch horizon horizontal hormonal hormone " +
  "hornier horniest hornpipe horny horoscope horrid horrific horrifies horrify horror horseback " +
  "horseflies horsehair horsehide horseman horsemen horseplay horsepower horseradish horseshoe " +
  "horsetail horsewhip horsewhipped horsewoman horsewomen horsey horsier horsiest horsy horticultural " +
  "horticulture hos hosanna hospice hospital host hostage hostel hostelled hostelries hostelry hostess " +
  "hostile hostilities hostler hotbed hotcake hotel hotelier hothead hothouse hotkey hotlink hotshot " +
  "hotter hottest houmus hound hour hourglass houseboat housebound housebreak housebroke housebroken " +
  "houseclean housecoat houseflies household househusband housekeeper housemaid housemother houseplant " +
  "housetop housewares housewife housewives housework hove howdah howdy howitzer howsoever hrs hubbies " +
  "hubbub hubby hubcap huckleberries huckleberry huckster hue huffier huffiest huffy hugest hugged huh " +
  "hula hulk hull hullabaloo hum humane humanest humanistic humanitarian humanities humankind humanoid " +
  "humblest humbug humbugged humdinger humdrum humeri humerus humid humidifier humidifies humidify " +
  "humidor humiliate hummed hummingbird hummock hummus hump humpback humus hunch hunchback hundredfold " +
  "hundredth hundredweight hungover hungrier hungriest hunk huntress huntsman huntsmen hurdle hurl " +
  "hurrah hurray hurricane hurried hurries hurry hurt hurtle husbandry hush huskier huskies huskiest " +
  "hussar hussies hussy hustings hustle hut hutzpa hutzpah hwy hyacinth hyaena hybrid hydra hydrae " +
  "hydrangea hydrate hydraulic hydroelectric hydrofoil hydrogen hydrogenate hydrolysis hydrometer " +
  "hydrophobia hydroplane hydroponic hydrosphere hydrotherapy hygiene hygrometer hymen hymn hymnal " +
  "hyperbola hyperbolae hyperbole hyperbolic hyperlink hypermarket hypersensitivities hyperspace " +
  "hypertext hyperventilate hyphen hyphenate hypnoses hypnosis hypnotic hypo hypoallergenic " +
  "hypochondria hypochondriac hypocrisies hypocrisy hypocrite hypodermic hypoglycemia hypoglycemic " +
  "hypotenuse hypothalami hypothalamus hypothermia hypotheses hypothesis hysterectomies hysterectomy " +
  "hysteresis hysteria hysteric iamb iambic ibex ibices ibid ibis ibuprofen ice iceberg icebound icebox " +
  "icecap icicle icier iciest ickier ickiest icky icon iconoclast iconoclastic idea idempotent " +
  "identifier identifies identify identities ideogram ideograph ideologies ides idiocies idiocy idiom " +
  "idiomatic idiosyncrasies idiosyncrasy idiosyncratic idiot idiotic idlest idol idolater idolatry ids " +
  "idyl idyll idyllic iffier iffiest iffy ifs ignoble ignominies ignominy ignoramus ignore iguana iii " +
  "ikon ilk illegal illegalities illegitimacy illegitimate illiberal illicit illiteracy illuminate " +
  "illumine illus illustrate illustrator image imagine imbecile imbecilic imbecilities imbed imbedded " +
  "imbibe imbroglio imbue imitate imitator immanence immanent immaterial immature immediacy immemorial " +
  "immensities immerse immigrant immigrate imminence imminent immobile immoderate immodest immodesty " +
  "immolate immoral immoralities immortal immune immure imp impair impala impale impart impasse " +
  "impatience impatient impeach impede impedimenta impel impelled impend impenitence impenitent " +
  "imperfect imperial imperialistic imperil imperilled impermanence impermanent impersonal impersonate " +
  "impersonator impertinence impertinent impetigo impetus impieties impiety impinge implant " +
  "implausibilities implicate implicit implied implies implore impolitic importunate importune impose " +
  "impossibilities imposter imposture impotence impotent impound impoverish impregnate impresario " +
  "impress impressionistic imprimatur imprint imprison improbabilities impromptu improper improprieties " +
  "impropriety improve improvidence improvident imprudence imprudent impudence impudent impugn impulse " +
  "impurest impurities impute inabilities inaccuracies inaccuracy inaccurate inadequacies inadequacy " +
  "inadequate inadvertence inadvertent inamorata inane inanest inanimate inanities inappropriate inapt " +
  "inarticulate inaugural inaugurate inbound inbox inbred inbreed inbuilt inc incandescent incapacitate " +
  "incarcerate incarnate incendiaries incendiary incense incessant incest inch inchoate incidence " +
  "incident incidental incinerator incipient incisor incite incivilities inclemency inclose inclosure " +
  "include incognito incoherence incoherent income incommensurate incommunicado incompatibilities " +
  "incompetence incompetent incongruities inconsiderate inconsistencies inconsistency inconsistent " +
  "inconstancy inconstant incontinence incontinent inconvenience inconvenient incorporate incorporeal " +
  "incorrect increase incremental incriminate incrust incubate incubator incubi incubus inculpate " +
  "incumbencies incumbency incumbent incur incurred ind indebted indecencies indecency indecent " +
  "indefinite indelicacies indelicacy indelicate indemnifies indemnify indemnities indent indenture " +
  "independent indeterminacy indeterminate index indicate indicator indices indict indifference " +
  "indifferent indigence indigent indignant indignities indigo indirect indiscreet indiscriminate " +
  "indisposed indissoluble indistinct individualistic indoctrinate indolence indoor indorse induce " +
  "induct inductee indue indulge indulgence indulgent industrial industries industry inebriate " +
  "ineffectual inefficiencies inefficiency inefficient inelastic inelegant inept ineptitude " +
  "inequalities inequities inert inertia inertial inessential inexact inexpedient inexperience inexpert " +
  "infamies infamy infancy infant infanticide infantile infantries infantry infantryman infantrymen " +
  "infatuate infect infelicities infer inference inferential infernal inferno inferred infertile infest " +
  "infidel infidelities infield infiltrate infiltrator infinitesimal infinities infinitude infirm " +
  "infirmaries infirmary infirmities infix inflame inflate inflationary inflect inflectional inflict " +
  "inflorescence influence influential influenza influx info infomercial inform informant informational " +
  "infrared infrastructure infrequency infrequent infringe infuriate infuse ingest ingot ingrain " +
  "ingrate ingratitude ingredient ingress ingrown inhabit inhabitant inhalant inhalator inhale inhere " +
  "inherent inherit inheritor inhuman inhumane inhumanities iniquities initial initialled initiate " +
  "initiator initio injector injure injuries injury injustice ink inkblot inkier inkiest inkwell inky " +
  "inlaid inland inlay inlet inline inmate inmost inn innards innate innermost innkeeper innocence " +
  "innovator innuendo inoculate inopportune inordinate inorganic inpatient input inputted inquest " +
  "inquietude inquire inquiries inquiry inquisitor inroad ins insane insanest inseam insect insecticide " +
  "insectivore insecurities inseminate insensate insentience insentient inset insetted inshore insight " +
  "insigne insignia insincere insinuate insipid insistence insofar insole insolent insoluble insolvency " +
  "insolvent insomnia insomniac insouciant inspector inspirational inspire instal install instant " +
  "instep instigate instigator instil instill instinct institutional instruct instructional " +
  "instrumental insubordinate insubstantial insufficiency insufficient insular insulate insulator " +
  "insulin insult insure insurgence insurgencies insurgency insurgent int intact intagli intaglio " +
  "intake integral integrate integrator intel intellectual intelligence intelligentsia intemperate " +
  "intense intensest intensifier intensifies intensify intensities intentional interact interbred " +
  "interbreed intercede intercept interceptor intercessor intercollegiate intercom interconnect " +
  "intercontinental intercourse interdenominational interdepartmental interdependence interdependent " +
  "interdict interdisciplinary interest interface interfaith interfere interference interferon " +
  "intergalactic interim interj interject interlace interlard interleave interleukin interlink " +
  "interlock interloper interlude intermarriage intermarried intermarries intermediaries intermediary " +
  "intermediate intermezzi intermezzo intermingle intermittent intern interne internecine internee " +
  "interoffice interpersonal interplanetary interplay interpolate interpose interpret interracial " +
  "interred interrelate interrogate interrogator interrogatories interrupt interscholastic intersect " +
  "intersperse interstate interstellar interstice intertwine interurban interval intervene interview " +
  "interviewee interweave interwove interwoven intestate intestinal intestine intimacies intimacy " +
  "intimate intimidate intolerant intone intoxicant intoxicate intramural intransigence intransigent " +
  "intrench intricacies intricacy intricate intrinsic intro introduce introvert intrude intrust intuit " +
  "inundate invade invalid invalidate invariant inveigh invent inventor inventoried inventories inverse " +
  "invert invertebrate invest investigator investiture investor inveterate invigorate inviolate " +
  "invitational invoice invoke involuntary involve ioctl iodine ion ionosphere iota ipecac irate ire " +
  "iridescent iridium irksome iron ironic ironies ironmonger ironwork irony irradiate irrational " +
  "irregular irregularities irrelevancies irrelevancy irrelevant irresolute irreverence irreverent " +
  "irrigate irritant irritate isinglass island isle islet isobar isolate isometric isomorphic isosceles " +
  "isotope isotopic isotropic isthmi isthmus italic itch itchier itchiest itchy item iterator itinerant " +
  "itineraries itinerary its itself ivies ivories jab jabbed jabber jabot jackal jackass jackboot " +
  "jackdaw jackhammer jackknife jackknives jackpot jackrabbit jag jaggedest jaggies jaguar jail " +
  "jailbreak jailor jalopies jalopy jalousie jam jamb jamboree jammed jangle janitor janitorial japan " +
  "japanned jape jar jargon jaundice jaunt jauntier jauntiest javelin jaw jawbone jawbreaker jazzier " +
  "jazziest jazzy jealousies jealousy jeans jeep jeer jeez jehad jejune jellied jellies jello jellybean " +
  "jeopardy jeremiad jerk jerkier jerkiest jerkin jerkwater jerky jersey jessamine jest jetsam jetted " +
  "jetties jettison jetty jewelled jeweller jewelries jewelry jib jibbed jibe jiffies jiffy jig jigged " +
  "jigger jigsaw jigsawn jihad jilt jimmied jimmies jingle jingoistic jinn jinni jinricksha jinrikisha " +
  "jinx jitney jitterbug jitterbugged jitterier jitteriest jitters jiujitsu job jobbed jobber jock " +
  "jockey jockstrap jocose jocular jocund jodhpurs jog jogged jogger joggle join joke jollied jollier " +
  "jollies jolliest jolt jonquil jostle jotted joule jounce journal journalese journalistic journey " +
  "journeyman journeymen joust jovial jowl joyfuller joyfullest joyridden joyride joyrode joystick " +
  "jubilee judgemental judgmental judicature judicial judiciaries judiciary judo jug jugged juggle " +
  "jugular juice juicier juiciest jujitsu jujube jujutsu jukebox julep jumble jumpier jumpiest jumpsuit " +
  "jumpy junco juncture juniper junk junket junkie junkiest junky junkyard junta juries jurisdictional " +
  "jurisprudence juror just justest justifies justify jute jutted juxtapose kabob kaboom kaftan kahuna " +
  "kaleidoscope kamikaze kangaroo kaolin kapok kaput karakul karaoke karat karate katydid kayak kazoo " +
  "kebab kebob keen keenest keep keepsake keg kelp kenned kennel kennelled kept keratin kerchief " +
  "kerchieves kernel kerosene kerosine kestrel ketch ketchup keto ketogenic kettle keyhole keynote " +
  "keypunch keystone keystroke keyword khaki kibbutz kibbutzim kibitz kibosh kickback kickier kickiest " +
  "kickoff kickstand kicky kid kidded kidder kiddie kiddo kiddy kidnap kidnapped kidnapper kidney " +
  "kielbasy kill killdeer killjoy kiln kilo kilobyte kilocycle kilogram kilohertz kilometer kiloton " +
  "kilowatt kilt kimono kind kinda kindergarten kindest kindhearted kindle kindlier kindliest kindred " +
  "kinematic kinetic kinfolk kingfisher kinglier kingliest kingpin kink kinkier kinkiest kinky kinsman " +
  "kinsmen kinswoman kinswomen kiosk kipper kitchen kitchenette kite kith kitsch kitschy kitten " +
  "kittenish kitties kiwi kleptomania kleptomaniac kludge klutz klutzier klutziest klutzy knack " +
  "knackwurst knapsack knave knavish knead knee kneecap kneecapped kneel knell knelt knew knickknack " +
  "knitted knitter knitwear knives knob knobbier knobbiest knobby knock knockout knockwurst knot " +
  "knothole knotted knottier knottiest knowledge knucklehead koala koan kohlrabi kook kookaburra kookie " +
  "kookiest kopeck kopek krone kronor krypton kudos kudzu kumquat labelled labia labial labium labor " +
  "laboratories laburnum labyrinth labyrinthine lacerate lachrymal lachrymose lacier laciest lackey " +
  "lackluster laconic lacquer lacrimal lacrosse lactate lactic lactose lacuna lacunae lad ladder laddie " +
  "lade laden ladies ladle ladybird ladybug ladyfinger ladylike lag laggard lagged lagniappe lagoon " +
  "laid lain lair lake lallygag lallygagged lama lamaseries lamb lambast lambaste lambda lambent " +
  "lambkin lambskin lame lamebrain lamest laminate lammed lampblack lamppost lamprey lampshade lancet " +
  "land landfall landfill landholder landladies landlady landline landlocked landlord landlubber " +
  "landmark landmass landowner landscape landslid landslidden landslide lane languid languish languor " +
  "lank lankest lankier lankiest lanolin lantern lanyard lap lapel lapidaries lapidary lapped lapse " +
  "laptop larcenies larceny larch lard largesse largest largo lariat lark larkspur larvae larval " +
  "larynges laryngitis larynx lasagna lasagne lase lash lass lassie lassitude lasso lat latch latecomer " +
  "latency latent lateral lateralled latest latex lath lathe latitude latitudinal latrine latte lattice " +
  "latticework laud laudanum laugh laughingstock launch launder laundress laundries laundromat laundry " +
  "laundryman laundrymen laureate lavatories lavender lavishest lawbreaker lawgiver lawn lawrencium " +
  "lawsuit lawyer laxest layaway layette layman laymen layoff layout layover laypeople layperson " +
  "laywoman laywomen laze lazied lazier lazies laziest lazybones lbs leach lead leaden leaf leafier " +
  "leafiest leaflet leafletted leafy leak leakage leakier leakiest leaky leanest leapfrog leapfrogged " +
  "leapt learn learnt lease leasehold leash least leather leatherneck leave leaven lecher lecithin " +
  "lectern led ledge leech leek leerier leeriest leeway leftest leftie leftmost leftover leftwards " +
  "lefty leg legacies legacy legalese legalistic legate legatee legato legendary legerdemain legged " +
  "leggier leggiest leggin leggy legion legionnaire legislate legislator legit legitimacy legitimate " +
  "legman legmen legroom legume legwork leisure leitmotif lemma lemme lemon lemonade lemony lemur " +
  "length lengthen lengthier lengthiest lengthways lengthy leniency lenient lens lent lentil leonine " +
  "leopard leotard leper leprechaun leprosy lept lesbian lessee lessen lesson lessor let letdown lethal " +
  "lethargic lethargy letter letterbomb letterbox letterhead lettuce letup leukemia leukocyte levee " +
  "level levelheaded levelled levellers lever leverage leviathan levied levies levitate lewd lewdest " +
  "lexer lexica lexicographer lexicography lexicon liabilities liaison liar lib libelled libeller " +
  "liberal liberate liberator libertarian liberties libertine liberty libido librarian libraries " +
  "library libretti libretto lice licence licensee licentiate lichee lichen licit lick licorice lidded " +
  "lief liefest liege lieutenancy lieutenant life lifeblood lifeboat lifeforms lifeguard lifelike " +
  "lifeline lifelong lifesaver lifespan lifetime lifework liftoff ligature lighten lightest lightheaded " +
  "lighthouse lightweight lignite lii likelier likeliest liken likest lilac lilies lilt limb limbo lime " +
  "limeade limelight limerick limestone limier limiest limit limn limo limousine limpest limpet limpid " +
  "limy linage linchpin line lineage lineal linebacker linefeed lineman linemen linen linesman linesmen " +
  "lineup linger lingerie lingo lingual linguistic link linkage linkup linoleum lint lintel lionhearted " +
  "lip lipid lipread lipstick liquefied liquefies liquefy liqueur liquidate liquidator liquifies " +
  "liquify liquor lire lisle lisp lissom lissome listen lit litanies litany litchi lite literacy " +
  "literal literary literate literati literature lithe lithest lithium lithograph lithographic " +
  "lithography lithosphere litigant litigate litmus litterbug littlest littoral liturgies liturgy " +
  "livelier liveliest livelong liven liveried liveries liverwurst livest livestock lix lizard llama " +
  "llano load loadstar loadstone loam loamier loamiest loamy loanword loath loathe loathsome loaves lob " +
  "lobbed lobbied lobbies lobby lobe lobotomies lobotomy local locale localities locate locavore loci " +
  "locket lockjaw lockout locksmith lockstep lockup loco locoweed locus locust lode lodestar lodestone " +
  "lodge loft loftier loftiest lofty loganberries loganberry logarithm logarithmic loge logged logger " +
  "loggerhead logic logician login logistic logjam logo logoff logon logotype logout loin loincloth " +
  "loiter lolcat loll lollipop lollygag lollygagged lollypop lonelier loneliest lonesome longest " +
  "longhair longhand longhorn longish longitude longitudinal longshoreman longshoremen longtime loofah " +
  "look lookalike lookout lookup loom looney looneyier looneyies loonie looniest loony loop loophole " +
  "loopier loopiest loopy loosen loosest loot lop lope lopped lopsided lord lordlier lordliest lore " +
  "lorgnette lorn lorries lorry lose loss lot loth lotteries lotto lotus loud loudest loudmouth " +
  "loudspeaker lousier lousiest lousy lout loutish louver louvred love lovebird lovelier lovelies " +
  "loveliest lovelorn lovesick lowbrow lowdown lowercase lowest lowish lowland lowlier lowliest " +
  "loyalest loyaller loyallest loyalties lozenge luau lubber lube lubricant lubricate lubricator lucid " +
  "luckier luckiest lucre lug luggage lugged lukewarm lull lullabies lullaby lumbago lumbar lumber " +
  "lumberjack lumberman lumbermen lumberyard luminaries luminary luminescence luminescent lummox lump " +
  "lumpier lumpiest lumpish lunacies lunacy lunar lunatic lunch lunchbox luncheon luncheonette " +
  "lunchroom lunchtime lunge lupin lupine lupus lurch lure lurid lurk lush lushest lust lustier " +
  "lustiest lustre lusty lute luxuriant luxuriate luxuries luxury lvi lvii lxi lxii lxiv lxix lxvi " +
  "lxvii lyceum lychee lye lymph lymphatic lymphoma lymphomata lynchpin lynx macabre macadam macaroni " +
  "macaroon macaw mace macerate machete machismo macho macintosh mackerel mackinaw mackintosh macro " +
  "macrobiotic macrocosm macrologies macron macroscopic madam madame madcap madden madder maddest made " +
  "mademoiselle madhouse madman madmen madras madrasa madrasah madrassa madwoman madwomen maelstrom " +
  "maestri magazine magenta maggot magic magician magisterial magistrate magma magnate magnesia " +
  "magnesium magnetic magneto magnetosphere magnificence magnifier magnifies magnify magnitude magnum " +
  "magpie maharaja maharajah maharanee maharishi mahatma mahjong mahoganies mahogany maid maiden " +
  "maidenhair maidenhead maidservant mail mailbomb mailbox mailman mailmen maim main mainframe mainland " +
  "mainline mainmast mainsail mainstay maintain majesties majesty majorette majorities makeshift makeup " +
  "maladies maladjusted maladroit malady malaria malarial malarkey malcontent malefactor malevolence " +
  "malevolent malformed malice malign malignancies malignancy malignant malinger mall mallet mallow " +
  "malnourished malpractice malt maltreat mambo mamma mammal mammalian mammary mammogram mammography " +
  "mammon man manacle managerial manatee mandarin mandate mandolin mandrake mandrill maneuver manganese " +
  "mange mangier mangiest mangle mango mangrove mangy manhandle manhole manhunt mania maniac maniacal " +
  "manic manicure manifest manifesto manifold manikin manipulator mankind manlier manliest manned " +
  "mannequin mannikin mannish manor manorial manpower mansard manse manservant manslaughter mantel " +
  "mantelpiece mantes mantilla mantis mantissa mantle mantlepiece mantra manual manufacture manumit " +
  "manumitted manure manuscript many map maple mapped mapper marabou maraca maraud marble mare " +
  "margarine margin marginal marginalia mariachi marigold marihuana marijuana marinade marinate " +
  "marionette marital maritime marjoram markdown market marksmen marmalade marmoset marmot marquee " +
  "marquess marquetry marred marriage marries marrow marry marsh marshal marshalled marshier marshiest " +
  "marshmallow marshy marsupial martian martyr marvel marvelled marzipan masc mascara mascot masculine " +
  "mashup masochistic masonic masonry masque massacre masseur masseuse mast mastectomies mastectomy " +
  "mastermind masterstroke masterwork masthead mastiff mastodon mastoid masturbate mat matador match " +
  "matchbox matchmaker matchstick mate material materialistic maternal math mathematician matins " +
  "matriarch matriarchal matriarchies matriarchy matrices matricide matriculate matrimonial matrimony " +
  "matrix matron matte mattock mattress maturest maturities matzo matzoh matzot matzoth maudlin maunder " +
  "mausolea mausoleum mauve maven mavin maw mawkish maxilla maxillae maxillary maximal maximum may " +
  "maybe mayday mayflies mayflower mayhem mayo mayor mayoral mayoralty maypole maze mazourka mazurka " +
  "mead meadowlark mealier mealiest mealtime meanest meant meantime measles measlier measliest measure " +
  "meat meatball meatier meatiest meatloaves mechanistic med medal medallion meddle meddlesome media " +
  "mediaeval medial mediate mediator medic medicate medicinal medicine medieval mediocrities meditate " +
  "medley medulla medullae meek meekest meet meetinghouse meg megabyte megachurch megacycle megahertz " +
  "megalith megalomania megalomaniac megalopolis megaphone megapixel megaton melancholia melancholic " +
  "melange melanin melanoma melanomata meld mellow mellowest melodic melodies melodrama melodramatic " +
  "melon melt meltdown member membrane meme memento memo memoir memorabilia memoranda memorandum " +
  "memorial memories men menace menage menagerie mend mendicant menfolk menhaden menial meningitis " +
  "menopausal menopause menorah menservants menses menstrual menstruate menswear mental mentalities " +
  "menthol mentholated meow mercantile mercenaries mercenary merchant merchantman merchantmen mercies " +
  "mercurial mercuric mercury mercy mere merest merganser meridian meringue meritocracies meritocracy " +
  "mermaid merman mermen merrier merriest merrymaker mes mescal mescaline mesdames mesdemoiselles " +
  "mesquite message messenger messiah messier messiest messieurs mestizo met meta metabolic metacarpal " +
  "metacarpi metacarpus metallurgy metamorphic metamorphose metamorphosis metaphor metastases " +
  "metastasis metatarsal mete meteor meteoric meteorite meteoroid methadon methadone methane methanol " +
  "methinks method methodologies methought metric metro metronome metropolis metropolitan mettle " +
  "mettlesome mew mewl mezzanine mfg mfr miaow miasma miasmata mica mice mickey micra microbe microcode " +
  "microcomputer microcosm microfiche microfilm microfloppies microloan micrometer micron microphone " +
  "microprocessor microscope microscopic microscopy microsecond microwave midair midday middies " +
  "middlebrow middleman middlemen middleweight middy midge midget midland midmost midnight midriff " +
  "midshipman midshipmen midstream midsummer midterm midtown midway midweek midwiferies midwinter " +
  "midwived midwives midyear mien miff might mightier mightiest mighty migraine migrant migrate mil " +
  "milch mildest mildew mile mileage milepost milf milieu milieux militancy militant militaries " +
  "militaristic military militia militiaman militiamen milk milkier milkiest milkmaid milkman milkmen " +
  "milkshake milksop milkweed millage millennia millennial millennium millepede milligram milliliter " +
  "millimeter milliner million millionaire millionth millipede millisecond millrace millstone " +
  "milquetoast mime mimeograph mimetic mimic mimicked mimicries mimicry mimosa minaret mince mincemeat " +
  "mind mine minefield mineral mineralogy minestrone minesweeper mingle mini miniature minibike minibus " +
  "minibusses minicam minicomputer minifloppies minim minima minimal minimum miniscule miniseries " +
  "miniskirt ministerial ministrant ministries ministry minivan mink minnow minorities minster minstrel " +
  "mint mintier mintiest minuend minuet minuscule minute minuteman minutemen minutest minutia minutiae " +
  "minx mirage mire mirror mirth misadventure misanthrope misanthropic misanthropy misapplied " +
  "misapplies misapprehend misbegotten misbehave misbehavior misc miscall miscarriage miscarried " +
  "miscarries miscarry miscast miscellanies miscellany mischief misconduct misconstrue miscount " +
  "miscreant miscue misdeal misdealt misdeed misdemeanor misdiagnose misdiagnosis misdid misdirect " +
  "misdo misdone miser miseries misfeature misfit misfitted misfortune misgovern misguide mishandle " +
  "mishap mishmash misidentifies misidentify misinform misinterpret mislaid mislay mislead misled " +
  "mismanage misnomer misogynistic misogyny misplace misplay misprint misquote misrepresent misrule " +
  "miss missal misshapen missile missionaries missionary misspell misspelt misspent misstate misstep " +
  "mistake mistaken mistier mistiest mistime mistletoe mistook mistranslated mistreat mistress mistrial " +
  "mistrust mistype misunderstand misunderstood misuse mite mitigate mitosis mitt mitten mix mizzen " +
  "mizzenmast mkay mnemonic moan moat mobbed mobile mobster moccasin mocha mock mockeries mockingbird " +
  "mod modal modded mode model modelled modem moderate moderator modern modernistic modesty modicum " +
  "modifier modifies modify modish modular modulate modulator module modulus mogul mohair moieties " +
  "moiety moire moistest moisture molar mold moldier moldiest moldy mole molecular molecule molehill " +
  "moleskin molest mollifies mollify mollusc mollusk mollycoddle molt molten molybdenum momentary " +
  "momentum momma mommies mommy monarch monarchic monarchies monarchy monasteries monastic monaural " +
  "monetary money moneybag moneymaker mongeese monger mongoose mongrel monicker monied monies moniker " +
  "monitor monk monkey monkeyshine mono monochromatic monochrome monocotyledon monogamy monogram " +
  "monogrammed monograph monolingual monolith monolithic monolog monologue monomania monomaniac " +
  "mononucleosis monophonic monopolies monopolistic monorail monosyllabic monotheistic monotone " +
  "monotonic monotony monoxide monsieur monsignor monsignori monsoon monstrosities montage month " +
  "monthlies moo mood moodier moodiest moody moonbeam moonlight moonlit moonscape moonshine moonshot " +
  "moonstone moonstruck moorland moose moot mop mope mopped moppet moraine morale moralistic moralities " +
  "morass moratoria moratorium moray morbid mordant moreover morgue moribund morn morocco moron moronic " +
  "morose morpheme morphine morrow morsel mortal mortgage mortgagee mortgagor mortice mortician " +
  "mortifies mortify mortuaries mortuary mos mosaic mosey mosque mosquito mossier mossiest mossy most " +
  "mote motel moth motherfucker motherland motif motile motivational motivator motley motlier motliest " +
  "motocross motorbike motorboat motorcade motorcar motorcycle motorman motormen motormouth motorway " +
  "mottle motto mound mountaineer mountainside mountaintop mountebank mourn mouse mousetrap " +
  "mousetrapped mousey mousier mousiest moustache mousy mouth mouthpiece mouthwash move movie mow mown " +
  "mpg mph much mucilage muck muckier muckiest muckrake mucky mucus mud muddied muddier muddies " +
  "muddiest muddle mudguard mudslide mudslinger muesli muezzin muff muffin muffle mufti mug mugged " +
  "mugger muggier muggiest muggle muggy mukluk mulatto mulberries mulberry mulch muleteer mulish mull " +
  "mullah mullet mulligatawny mullion multi multicultural multidimensional multifaceted multilateral " +
  "multilingual multimedia multimillionaire multinational multiplayer multiple multiplex multiplexor " +
  "multiplicand multiplicities multiplied multiplier multiplies multipurpose multiracial multitask " +
  "multitude multivariate multiverse multivitamin mum mumble mummer mummies mummifies mummy mumps " +
  "munchies munchkin mung municipal municipalities munificence munificent mural murder murderess murk " +
  "murkier murkiest murmur muscatel muscle muscular musculature muse museum mush mushier mushiest " +
  "mushroom music musicale musician musk muskellunge musket musketeer musketry muskier muskiest " +
  "muskmelon muskrat musky muslin muss mussel mussier mussiest mussy must mustache mustang mustard " +
  "mustier mustiest mutant mute mutest mutilate mutineer mutinied mutinies mutiny mutt mutton mutual " +
  "muumuu muzzle myna mynah myopia myopic myriad myrrh myself mysteries mystic mystifies mystique myth " +
  "mythic mythologies nabbed nabob nacho nacre nag nagged naiad nail nailbrush naivest naivety naked " +
  "name namesake nannies nanny nanobot nanosecond nanotechnologies nap napalm nape naphtha naphthalene " +
  "napped nappier nappies nappiest nappy narc narcissi narcissistic narcissus narcosis narcotic nark " +
  "narrator narrowest narwhal nary nasal nascent nastier nastiest nasturtium nasty natal national " +
  "nationalistic nationalities nationwide nativities natl nattier nattiest natty naturalistic nature " +
  "naught naughtier naughtiest nausea nauseam nautili nautilus nave navel navies navigational navigator " +
  "navy nay naysayer nearby nearest nearsighted neatest neath nebula nebulae nebular necessaries " +
  "necessitate necessities neckerchief neckerchieves neckline necktie necromancer necromancy " +
  "necrophilia necrosis nectar need needier neediest needle needlework neg negate neglig negligee " +
  "negligence negligent negotiate negotiator neigh neighbor neither nematode nemeses nemesis neoclassic " +
  "neocon neodymium neon neonatal neonate neophilia neophyte neoprene nephritis neptunium nerd nerdier " +
  "nerdiest nerdy nervier nerviest nervy nest nestle nether nethermost netiquette netted netter nettle " +
  "nettlesome network neural neuralgia neuralgic neuritis neuron neuroses neurosis neurotic " +
  "neurotransmitter neuter neutral neutrino neutron nevermore newbie newborn newcomer newel newest " +
  "newfangled newline newlywed newsagents newsboy newscast newsflash newsgroup newsier newsiest newsman " +
  "newsmen newspaper newspaperman newspapermen newspaperwoman newspaperwomen newsreel newsworthy newsy " +
  "newt nexus niacin nib nibble nicest niceties nicety niche nickel nickelodeon nickle nicknack " +
  "nickname nicotine niece niftier niftiest nigga niggard niggaz nigger niggle nigh nighest night " +
  "nightcap nightclothes nightclub nightclubbed nightfall nightgown nighthawk nightie nightingale " +
  "nightmare nightmarish nightshade nightshirt nightstick nighttime nighty nihilistic nil nimbi " +
  "nimblest nimbus nincompoop nine ninepin nineteen nineteenth nineties ninetieth ninety ninja ninnies " +
  "ninny ninth nip nipped nipper nippier nippiest nipple nirvana nit nite nitpick nitrate nitrogen " +
  "nitroglycerin nitroglycerine nitwit nix nobleman noblemen noblest noblewoman noblewomen nobodies " +
  "nobody nocturne nod nodal nodded noddy node nodular nodule noes noggin noisemaker noisier noisiest " +
  "noisome noisy nomad nomadic nomenclature nominal nominate nominee non nonabsorbent nonagenarian " +
  "nonalcoholic nonaligned nonbeliever nonce nonchalant noncom noncombatant noncommercial noncommittal " +
  "nonconductor nondairy nondenominational nondescript nondrinker none nonempty nonentities " +
  "nonessential nonesuch nonevent nonexempt nonexistence nonexistent nonfat nonfatal nongovernmental " +
  "nonhuman nonindustrial noninterference nonjudgmental nonlinear nonmalignant nonmember nonpareil " +
  "nonpartisan nonplus nonplussed nonplusses nonprofessional nonprofit nonrepresentational nonresident " +
  "nonrigid nonscheduled nonseasonal nonsectarian nonsense nonskid nonsmoker nonstandard nonstick " +
  "nonstop nonsupport nontoxic nontrivial nonunion nonuser nonverbal nonviolence nonviolent nonwhite " +
  "nonzero noodle nook noonday noontime noose nope normalcy north northbound northeast northeastern " +
  "northerlies northern northernmost northwest northwestern nos nose nosebleed nosedove nosegay nosey " +
  "nosh nosier nosiest nostalgia nostalgic nostril nostrum nosy notaries notary notch note notepad " +
  "notepaper notice notifies notify notional notoriety notwork nought noun nourish novae novel " +
  "novelette novelle novelties novelty novice novitiate nowadays noway nowhere nozzle nth nub nubile " +
  "nuclear nuclei nucleic nucleus nude nudest nugget nuke null nullifies nullify numbest numbskull " +
  "numeral numerate numerator numismatic numskull nuncio nunneries nuptial nurse nursemaid nurseries " +
  "nurseryman nurserymen nurture nut nutcracker nuthatch nutmeat nutmeg nutria nutrient nutritional " +
  "nutshell nutted nuttier nuttiest nutty nuzzle nybble nylon nymph nymphomania nymphomaniac oaf oafish " +
  "oak oaken oakum oar oarlock oarsman oarsmen oases oasis oat oaten oath oatmeal obduracy obdurate " +
  "obeisant obelisk obese obey obfuscate obit obituaries obituary obj objector oblate obligate oblige " +
  "oblique obliterate oblivion obloquy oboe obscene obscenest obscenities obscurest obscurities " +
  "obsequies obsequy observant observational observatories obsidian obsolescence obsolescent obsolete " +
  "obstacle obstetric obstetrician obstinacy obstinate obtain obtuse obtusest obverse obviate ocarina " +
  "occasional occidental occlude occult occupancy occupant occupational occupied occupies occupy occur " +
  "occurred occurrence ocean oceanic oceanographer oceanographic oceanography ocher ochre octagon " +
  "octagonal octal octane octet octette octogenarian octopi octopus ocular oddest oddities ode odium " +
  "odometer odor odyssey offal offbeat offense offertories offhand office officeholder officiate " +
  "offline offload offshoot offshore offside offstage oft oftenest oftentimes ogle ogre ohm oho ohs " +
  "oilcloth oilfield oilier oiliest oilskin oink okay okra olden oldest oldie oleander oleo " +
  "oleomargarine olfactories oligarch oligarchic oligarchies oligarchy ombudsman ombudsmen omega " +
  "omelette omen omit omitted omnibus omnibusses omnipotence omnipotent omnipresence omnipresent " +
  "omniscience omniscient omnivore one oneself onetime onion onionskin online onlooker onomatopoeia " +
  "onomatopoeic onrush onshore onslaught onus onyx oodles ooze opalescence opalescent opaque opaquest " +
  "open openest openhanded openwork operand operate operatic operational operator operetta ophthalmic " +
  "opiate opine opinion opinionated opioid opium opossum opponent opportune opportunistic opportunities " +
  "oppose oppress oppressor opprobrium opt optic optician optima optimum optional optometry opulence " +
  "opulent opus oracle oracular orangeade orangutan orangutang orate orator oratories oratorio orb " +
  "orbit orbital orc orchard orchestra orchestral ordain ordeal orderlies ordinal ordinaries ordure ore " +
  "oregano organ organdie organdy organelle organic organizational orgasm orgasmic orgiastic orgies " +
  "orgy oriental orifice origami origin original originate originator oriole ormolu ornamental ornerier " +
  "orneriest orotund orphan orphanage orthodontia orthodontic orthodox orthodoxies orthodoxy orthogonal " +
  "orthographic orthographies orthography orthopaedic orthopedic oscillate oscillator oscilloscope " +
  "osier osmosis osmotic osprey ossifies ossify osteopath osteopathy osteoporosis otiose otter ottoman " +
  "ought ounce ourselves oust outage outback outbound outbreak outburst outcast outclass outcome " +
  "outcries outcrop outcropped outcry outdated outdid outdone outdoor outermost outfield outfitted " +
  "outfitter outgo outgrew outgrow outgrown outgrowth outhouse outlaid outlast outlay outlet outline " +
  "outlook outmaneuver outmanoeuvre outmoded outpatient outperform outplay outpost output outputted " +
  "outrage outran outreach outrider outrigger outright outsell outshine outshone outskirt outsmart " +
  "outsold outspoken outspread outstay outstretch outstrip outstripped outstript outtake outvote " +
  "outwear outweigh outwit outwitted outwore outworn ova ovarian ovaries ovary oven overabundant " +
  "overachieve overact overage overall overate overawe overbear overbite overblown overbore overborne " +
  "overcame overcast overclock overcome overcompensate overconfident overcrowd overdid overdo overdone " +
  "overdose overdraft overdraw overdrawn overdress overdrew overeager overeat overeaten " +
  "overenthusiastic overestimate overexpose overexposure overextend overfull overgrew overgrow " +
  "overgrown overgrowth overhand overhang overhaul overhead overhear overheat overhung overindulge " +
  "overindulgence overjoy overkill overlaid overlain overlap overlapped overlay overlie overlong " +
  "overlook overlord overmuch overnight overpaid overpass overpay overpopulate overpower overprice " +
  "overprint overran overrate overreach overridden overripe overrode overrule overrun oversaw overseas " +
  "oversee overseen oversell oversexed overshadow overshare overshoe overshoot overshot oversight " +
  "oversimplifies oversimplify oversleep overslept oversold overspent overspill overspread overstate " +
  "overstep overstepped overstock overstuffed oversupplied oversupplies overt overtake overtaken " +
  "overtax overthink overthought overthrew overthrow overthrown overtime overtone overtook overture " +
  "overturn overuse overview overweight overwhelm overwrite overwritten overwrought oviduct ovoid " +
  "ovulate ovule ovum owe owl owlet owlish oxbow oxen oxford oxide oxyacetylene oxygen oxymora oxymoron " +
  "oyster ozone pacesetter pachyderm pacific pacifier pacifies pacify package packet pact pad padded " +
  "paddies paddle paddock paddy padlock padre paean page pageant pageantry paginate pagoda paid pail " +
  "pain painfuller painfullest painkiller paint paintbrush pair paisley pajamas palace palatal palatial " +
  "palaver paleface palest palette palimony palimpsest palindrome palindromic palisade pall palladium " +
  "pallbearer pallet palliate pallid pallor palm palmetto palmier palmiest palmistry palmy palpate " +
  "palpitate palsied palsies palsy paltrier paltriest pampas pamper pamphlet pamphleteer panacea " +
  "panache pancake panchromatic pancreas pancreatic panda pandemic pandemonium pander pane panegyric " +
  "panel panelled panhandle panic panicked panicky panier panned pannier panoplies panorama panoramic " +
  "pansies pantaloons pantheistic pantheon panther pantie pantomime pantries pantry pantsuit panty " +
  "papacies papacy papal papaw papaya paperback paperboy papergirl paperhanger paperweight paperwork " +
  "papilla papillae papoose paprika papyri papyrus par parabola parabolic parachute paradigm " +
  "paradigmatic paradox paraffin paragon paragraph parakeet paralegal parallax parallelled " +
  "parallelogram paralyses paralysis paralytic paralyze paramecia paramecium paramedic parameter " +
  "paramilitaries paramilitary paramount paramour paranoia paranoid paranormal parapet paraphernalia " +
  "paraphrase paraplegia paraplegic paraprofessional parasite parasitic parasol paratrooper parboil " +
  "parcel parcelled parch pardon pare parent parentage parental parentheses parenthesis parenthetic " +
  "pariah parish parishioner parka parkour parkway parlay parley parliamentarian parliamentary parlor " +
  "parochial parodied parodies parole parolee paroxysm parquet parquetry parrakeet parred parricide " +
  "parried parries parrot parry parse parsec parsimony parsley parson parsonage partake partaken " +
  "parterre parthenogenesis participant participate participator participial participle particle " +
  "particular particularities particulate partied parties partisan partizan partner partook partway " +
  "party parvenu pas paschal pasha passage passageway passel passenger passerby passersby passkey " +
  "password paste pastern pastiche pastie pastiest pastime pastor pastoral pastorate pastrami pastries " +
  "pastry pasturage pasture pasty patch patchier patchiest patchwork patchy pate patella patellae " +
  "patent paternal paternalistic path pathetic pathogen pathogenic pathos pathway patient patientest " +
  "patina patinae patine patio patois patriarch patriarchal patriarchies patriarchy patrician patricide " +
  "patrimonial patrimonies patrimony patriot patriotic patrol patrolled patrolman patrolmen patrolwoman " +
  "patrolwomen patron patronage patronymic patsies patted patter pattern patties paunch paunchier " +
  "paunchiest paunchy pauper pavilion paw pawl pawn pawnbroker pawnshop pawpaw pay paycheck payday " +
  "payee payload paymaster payoff payroll paywall pct pea peace peacemaker peacetime peach peacock " +
  "peafowl peahen peak peal peanut pearlier pearliest peasant peasantry pease peat pebble peccadillo " +
  "peccaries peccary peck pecs pectin pectoral peculiar peculiarities pecuniary pedagog pedagogic " +
  "pedagogue pedagogy pedal pedalled pedant pedantic pedantry peddle pederast pederasty pedestal " +
  "pedestrian pediatric pediatrician pedicure pedigree pedlar pedometer pee peek peekaboo peel peep " +
  "peephole peerage peeve peevish peewee peg pegged pekoe pelagic pelican pellagra pellet pellucid pelt " +
  "pelves pelvic pelvis pen penal penalties penalty pence penchant pencil pencilled pend pendent " +
  "pendulum penetrate penguin penicillin penile peninsular penis penitence penitent penitential " +
  "penitentiaries penitentiary penknife penknives penlight penlite pennant penned pennies pennon " +
  "pennyweight pent pentagon pentagonal pentameter pentathlon penthouse penultimate penury peon peonage " +
  "peonies people pep pepped peppercorn peppermint pepperoni peppier peppiest peppy pepsin peptic " +
  "perambulate perambulator percale percent percentage percentile perceptual perch percolate percolator " +
  "perennial perfect perfectest perfidies perfidy perforate perforce perform perfume perfumeries " +
  "perhaps pericardia pericardium perigee perihelia perihelion peril perilled perimeter period periodic " +
  "periodontal peripatetic peripheral peripheries periphrases periphrasis periscope perish peritonea " +
  "peritoneum peritonitis periwig periwinkle perjure perjuries perjury perk perkier perkiest perm " +
  "permanence permanent permeate permit permitted permute peroxide perpendicular perpetrate perpetrator " +
  "perpetual perpetuate perplex perplexities perquisite persecutor persevere persiflage persimmon " +
  "persistence persistent persnickety person persona personae personage personalities personifies " +
  "personify personnel persuade pert pertest pertinence perturb perusal peruse pervade perverse pervert " +
  "peseta peskier peskiest pesky peso pessimal pest pesticide pestilence pestilent pestle pet petard " +
  "petiole petite petrel petrifies petrify petrol petrolatum petroleum petted pettier pettiest pettifog " +
  "pettifogged pettifogger petulant petunia pew pewee pewter peyote phage phalanges phalanx phalli " +
  "phallic phallus phantasied phantasies phantasm phantasmagoria phantasy phantom pharaoh pharmacies " +
  "pharmacopeia pharmacy pharyngeal pharynges pharynx phase pheasant phenobarbital phenomena phenomenal " +
  "phenomenon phenotype pheromone phial philanthropic philanthropies philanthropy philatelic " +
  "philharmonic philippic philistine philodendra philodendron philosopher philosophic philosophies " +
  "philosophy philter phish phlebitis phlegm phlegmatic phloem phlox phobia phobic phone phoneme " +
  "phonemic phonetic phonetician phoney phonic phonied phonier phonies phoniest phonograph phosphate " +
  "phosphor phosphorescence phosphorescent phosphoric phosphorus photo photocopied photocopier " +
  "photocopies photocopy photoelectric photogenic photograph photographic photography photon " +
  "photosynthesis phototypesetter phrasal phyla phylum physic physician physicked physiognomies " +
  "physiognomy physiotherapy physique pianissimi pianissimo piano pianoforte piazze picante picaresque " +
  "picayune piccalilli pickaback pickax pickaxe pickerel picket pickier pickiest pickle pickpocket " +
  "pickup picky picnic picnicked picnicker pictograph pictorial picture picturesque piddle pidgin pie " +
  "piebald piece piecemeal piecework piety piffle pig pigeon pigeonhole pigged piggier piggies piggiest " +
  "piggish piggy piggyback pigheaded pigmies pigmy pigskin pigsties pigtail pilaf pilaff pilaster pilau " +
  "pilaw pilchard pileup pilfer pilgrim pilgrimage pill pillage pillar pillion pilloried pillories " +
  "pillowcase pilothouse pimento pimiento pimp pimpernel pimple pimplier pimpliest pin pinafore pinball " +
  "pincer pinch pincushion pineapple pinfeather pinhead pinhole pinkest pinkeye pinkish pinky pinnacle " +
  "pinnate pinned pinochle pinprick pint pinup pinwheel pioneer pipe pipeline pipit pipped pippin " +
  "pipsqueak piquancy piquant pique piracy piranha pirate pirouette pis piscatorial pistachio pistil " +
  "pistillate pistol piston pit pita pitch pitchblende pitchfork pitchman pitchmen pitfall pith pithier " +
  "pithiest pithy pitied pities piton pitted pituitaries pituitary pivotal pixel pixie pixy pizazz " +
  "pizza pizzazz pizzeria pizzicati pizzicato pkg placard placate placebo placeholder placenta " +
  "placentae placental placid placket plague plaice plaid plainclothes plainclothesman plainclothesmen " +
  "plainest plaint plaintiff planar plane planetaria planetarium planetary plangent plankton planned " +
  "planner plant plantain plaque plasma plaster plastique plate plateau plateaux platelet platen " +
  "platform platinum platitude platonic platoon platypi plaudit play playact playback playbill playboy " +
  "playgoer playground playhouse playmate playoff playpen playroom playwright plaza plea plead " +
  "pleasantest pleasantries pleasantry pleat plebeian plebiscite plectra plectrum pled pledge plenaries " +
  "plenary plenipotentiaries plenipotentiary plenitude plenty plethora pleurisy plexus pliancy pliant " +
  "plied plies plight plinth plod plodded plodder plonk plop plopped plot plotted plotter plough " +
  "ploughshare plover plow plowman plowmen plowshare ploy pluckier pluckiest plucky plug plugged plum " +
  "plumage plumb plume plummet plumpest plunder plunge plunk pluperfect plural pluralistic pluralities " +
  "plush plushest plushier plushiest plushy plusses plutocracies plutocracy plutocrat plutocratic " +
  "plutonium plywood pneumatic poach pock pocket pocketknife pocketknives pockmark pod podcast podded " +
  "podia podiatry podium poem poesy poet poetess poetic pogrom poi poignancy poignant poinsettia " +
  "pointier pointiest pointy poison poke pokey pokier pokiest poky polar polarities pole polecat " +
  "polemic polestar police policeman policemen policewoman policewomen policies policy policyholder " +
  "polio poliomyelitis polish politesse politest politic politician politico polities polka poll pollen " +
  "pollinate polliwog pollster pollutant pollute pollywog polo polonium poltroon polyamories " +
  "polyethylene polygamy polyglot polygon polygonal polygraph polyhedra polyhedron polymath polymer " +
  "polymeric polymorphic polynomial polyp polyphonic polyphony polystyrene polysyllabic polytechnic " +
  "polytheistic polythene polyunsaturated pomade pomegranate pommel pommelled pompadour pompom pompon " +
  "poncho pond pone poniard ponies pontiff pontificate pontoon pony ponytail pooch poodle pooh pool " +
  "poop poorest poorhouse popcorn pope popgun popinjay poplar poplin popover poppa popped poppies " +
  "poppycock populace popular populate porcelain porch porcine porcupine pore pork porn porno " +
  "pornographer pornographic pornography porphyry porridge porringer port portage portal portcullis " +
  "portend portent porterhouse portfolio porthole portico portlier portliest portmanteau portmanteaux " +
  "portrait portraiture portrayal pose poseur poshest posies posit positional positron poss posse " +
  "possessor possibilities possum postage postal postcard postcode postdate postdoc postdoctoral " +
  "posterior postgraduate posthaste postlude postman postmark postmaster postmen postmistress " +
  "postmodern postmortem postnatal postpaid postpartum postpone postscript postulate posture postwar " +
  "posy pot potash potassium potato potbellied potbellies potboiler potency potent potentate potential " +
  "potentialities potholder pothole pothook potluck potpie potpourri potsherd potshot pottage potted " +
  "potter potteries pottier potties pottiest potty pouch poultice poultry pounce pound pour pout " +
  "poverty powder powerboat powerhouse powwow pox practicalities practice practitioner pragmatic " +
  "prairie praiseworthy praline pram prank prankster prate pratfall prattle prawn pray preach preachier " +
  "preachiest preachy preamble prearrange precautionary precede precedence precept preceptor precinct " +
  "precipice precipitant precipitate precisest precursor predate predator predecease predecessor " +
  "predefined predestine predetermine predicate predict predictor predispose predominant predominate " +
  "preeminence preeminent preempt preen prefab prefabbed prefabricate preface prefect prefecture prefer " +
  "preference preferential preferred prefigure prefix pregnancies pregnancy pregnant prehensile " +
  "prehistoric prejudice prejudicial prelate preliminaries preliminary prelude premarital premature " +
  "premeditate premenstrual premiere premiss prenatal prenup preoccupied preoccupies preoccupy " +
  "preordain prep prepackage prepaid prepare prepay preponderant preponderate prepositional prepossess " +
  "prepped preppie preppiest preppy prequel prerecord prerequisite pres presage preschool prescience " +
  "prescient prescribe presence preserve preset preshrank preshrink preshrunk preshrunken presidencies " +
  "presidency president presidential pressman pressmen prestige presto presuppose preteen pretence " +
  "pretense preterit preterite preternatural pretext prettied prettier pretties prettiest prettifies " +
  "prettify pretzel prevail prevalence prevalent prevaricate prevaricator prevent preview prevue prewar " +
  "pricier priciest prick prickle pricklier prickliest pricy pride pried pries priest priestess " +
  "priestlier priestliest prig priggish prim primacy primaeval primal primaries primate primeval " +
  "primmer primmest primogeniture primordial primp primrose princelier princeliest principal " +
  "principalities principle printout prior prioress priories priorities prismatic prison prissier " +
  "prissiest prissy pristine prithee privacy privatest privet privier privies priviest privy prizefight " +
  "probabilistic probabilities probationary problem problematic proboscides proboscis procedural " +
  "procedure process processional processor proclaim proclivities procrastinator procreate proctor " +
  "procurator procure prod prodded prodigal prodigies prodigy product prof profanities profess " +
  "professional professor professorial proffer proficiency proficient profile profit profiteer " +
  "profligacy profligate proforma profound profoundest profundities progenitor progeny progesterone " +
  "prognoses prognosis prognostic prognosticate prognosticator program prohibit project projectile " +
  "projector proletarian proletariat prolific prolix prolog prologue prolong prom promenade prominence " +
  "prominent promo promontories promote promotional prompt promptest promulgate pron prone prong " +
  "pronghorn pronounce pronto proof prop propaganda propagate propane propel propellant propelled " +
  "propellent propeller propensities properest propertied properties property prophecies prophecy " +
  "prophesied prophesies prophesy prophet prophetess prophetic prophylactic prophylaxis propitiate " +
  "proponent proportional proportionate proposal propose propositional propped proprietaries " +
  "proprietary proprietor proprietress propriety prorate prosaic proscenia proscenium proscribe prose " +
  "prosecute prosecutor proselyte prosier prosiest prosodies prosody prospect prospector prospectus " +
  "prostate prostheses prosthesis prosthetic prostitute prostrate prosy protean protect protector " +
  "protectorate protein protest protestant protestor protocol proton protoplasm protoplasmic prototype " +
  "protozoa protozoan protozoon protract protractor protrude protuberant proudest prove proven " +
  "provender proverb proverbial provide provident providential province provincial provisional proviso " +
  "provoke provost prow prowess prowl proxies proxy prude prudential prudish prune prurience prurient " +
  "psalm pseudo pseudonym pshaw psoriasis psych psyche psychedelic psychiatric psychiatry psychic " +
  "psycho psychoanalysis psychoanalyst psychoanalyze psychobabble psychogenic psychokinesis " +
  "psychologies psychopath psychopathic psychosis psychosomatic psychotherapies psychotherapy psychotic " +
  "ptarmigan pterodactyl ptomaine pub puberty pubescence pubescent pubic public publican publish puck " +
  "puckish puddle pudgier pudgiest pudgy pueblo puerile puffball puffier puffiest puffin puffy pug " +
  "pugilistic puke pulchritude pullback pullet pulley pullout pullover pulmonary pulpier pulpiest " +
  "pulpit pulpy pulsar pulsate puma pumice pummel pummelled pump pumpernickel pumpkin punch punchier " +
  "punchiest punchline punchy punctuate puncture pundit pungency pungent punier puniest punish punk " +
  "punkest punned punster punt pup pupa pupae pupal pupped puppeteer puppetry puppies puppy purblind " +
  "purchase purebred puree purest purgatorial purgatories purge purifier purifies purify purl purloin " +
  "purplest purplish purport purpose purr pursuant pursue pursuit purulence purulent purvey purveyor " +
  "purview pus push pushcart pushier pushiest pushover pushup pussier pussies pussiest pussy pussycat " +
  "pussyfoot pustule putrefied putrefies putrescence putrescent putsch putt puttied putties putty " +
  "puzzle pwn pygmies pygmy pylon pyorrhea pyramid pyramidal pyre pyrite pyromania pyromaniac " +
  "pyrotechnic pyx quack quad quadrangle quadrangular quadrant quadraphonic quadratic quadrature " +
  "quadrennial quadriceps quadrilateral quadrille quadriphonic quadriplegia quadriplegic quadruped " +
  "quadruplet quadruplicate quagmire quahaug quahog quail quaint quaintest quake qualifier qualifies " +
  "qualify qualities qualm quandaries quandary quanta quantifier quantifies quantities quantum " +
  "quarantine quark quarrelled quarried quarries quarry quarterback quarterdeck quarterfinal " +
  "quarterlies quartermaster quartet quartette quarto quartz quasar quasi quatrain quay queasier " +
  "queasiest queenlier queenliest queer queerest quell quench queried queries ques quesadilla quest " +
  "questionnaire queue quibble quiche quicken quickest quickie quicklime quicksand quicksilver quid " +
  "quiescence quiescent quietest quietude quietus quill quilt quince quine quinine quintessence quintet " +
  "quintuplet quipped quire quirk quirkier quirkiest quirky quite quitted quitter quiver quiz quizzed " +
  "quizzes quoit quondam quorum quota quote quoth quotidian quotient rabbi rabbinate rabbit rabble " +
  "rabid rabies raccoon race racecourse racehorse raceme racetrack raceway racial racier raciest rack " +
  "racket racketeer raconteur racoon racquet racquetball racy radar radial radiate radiator radii radio " +
  "radiogram radioisotope radiotelephone radiotherapy radish radium radius radon raffia raffish raffle " +
  "raft raga ragamuffin rage raggedest raggedier raggediest raggedy raglan ragout ragtag ragtime " +
  "ragweed raid rail railleries railroad rain rainbow raincoat raindrop rainfall rainforest rainier " +
  "rainiest rainmaker rainstorm rainwater rainy raisin raja rajah rake rakish rallied rallies ram " +
  "ramble ramifies ramify rammed rampage rampant rampart ramrod ramrodded ramshackle ran ranch rancid " +
  "rancor randier randiest rang rangier rangiest rangy rank rankest rankle ransack rant rap rape " +
  "rapidest rapier rapine rapped rapper rapport rapscallion rapt rapture rarefied rarefies rarefy " +
  "rarest rarities rascal rash rashest rasp raspberries raspberry raspier raspiest raspy raster rat " +
  "ratchet rate rather rathskeller ratifies ratify ratio rational rationalistic rattan ratted rattier " +
  "rattiest rattle rattlesnake rattletrap rattrap ratty raunchier raunchiest raunchy rave ravelled " +
  "ravine ravish rawboned rawest rayon raze razor razz reactionaries reactionary reactivate reactor " +
  "read readabilities readied readier readiest readmitted readout reaffirm reagent real realest realign " +
  "realities reallocate realm realtor realty ream reanimate reap reappear reapplied reapplies " +
  "reappraisal rearm rearmost rearrange reason reassert reassess reassign reassure reawaken rebate " +
  "rebelled rebellion rebind rebirth rebroadcast rebuilt rebus rebut rebuttal rebutted recalcitrant " +
  "recall recant recap recapitulate recapped recapture recast recd receipt recentest receptacle recess " +
  "recessional recharge recheck recipe recipient reciprocal reciprocate recital recite reclaim " +
  "reclassifies recline recluse recoil recollect recombine recommence recommend recompile reconcile " +
  "recondite reconfigure reconnect reconnoiter reconquer reconsider reconstruct reconvene recopied " +
  "recopies recopy recoup recourse recover recoveries recreant recreate recreational recriminate " +
  "recrudescence recruit recta rectal rectangle rectifier rectifies rectify rectilinear rectitude " +
  "rector rectories rectum recumbent recuperate recur recurred recurrence recurrent recycle redbreast " +
  "redcap redcoat redden redder reddest reddish redecorate rededicate redeem redefine redeploy redhead " +
  "redid redirect rediscover redistribute redistributor redistrict redneck redo redolence redolent " +
  "redone redouble redoubt redraft redrawn redrew redskin reduce redundancies redundancy redundant " +
  "redwood reedier reediest reeducate reedy reef reek reelect reemerge reenact reenforce reenter " +
  "reentries reentry reestablish reevaluate reeve reexamine ref refashion refectories referee referenda " +
  "referendum referent referential referral referred reffed refile refill refineries refinish refit " +
  "refitted reflect reflector reflex refocus refocussed refocusses reforest reform reformat " +
  "reformatories reformatted reformulate refract refractories refrain refresh refrigerant refrigerate " +
  "refrigerator refuel refuelled refuge refugee refulgence refulgent refund refurbish refurnish refusal " +
  "refuse regain regale regalia regard regatta regencies regency regenerate regent regexp reggae " +
  "regicide regime regimen regimental region regional register registrant registrar registries registry " +
  "regress regret regretted regroup regulator regurgitate rehab rehabbed rehabilitate rehash rehearsal " +
  "rehearse reheat rehi rehire reign reimburse reimpose reincarnate reindeer reinforce reinsert " +
  "reinstall reinstate reinterpret reinvent reinvest reissue reject rejoice rejoinder rejuvenate " +
  "relabel relabelled relaid relapse relate relational relativistic relax relaxant relay relearn " +
  "relegate relent relevancy relevant reliant relic relied relief relies religion relinquish relish " +
  "reload relocate reluctant remade remain remainder remake remarriage remarried remarries remarry " +
  "rematch remedial remedied remedies remedy remember remind reminisce reminiscence reminiscent remiss " +
  "remit remitted remnant remodel remodelled remonstrate remorse remortgage remote remotest remount " +
  "removal remove remunerate renal rename renascence renascent rend renegade renege renegotiate renew " +
  "renewal renounce renovate renovator renown rent rental renumber reoccupied reoccupies reoccupy " +
  "reoccur reoccurred reorder reorg rep repackage repaid repaint repair repairman repairmen repartee " +
  "repast repatriate repay repeal repel repellant repelled repellent repent repertoire repertories " +
  "rephrase replace replay replenish replete replica replicator replied replies report reportage repose " +
  "repositories reprehend representational repress reprieve reprint reprisal reprobate reprocess " +
  "reproduce reprogram reprogrammed reproof reptile reptilian republic republish repudiate repugnant " +
  "repulse repute requiem require requisite requital reran reread reroute rerun resale rescind rescue " +
  "research resell resemble resend resent reserve reservoir reset resettle reshuffle reside residence " +
  "residencies residency resident residential residual residue resign resilience resiliency resilient " +
  "resin resistant resistor resold resolute resonant resonate resonator resound resp respect respell " +
  "respelt respirator respire respite resplendence resplendent respond respondent response " +
  "responsibilities rest restart restate restauranteur restaurateur restfuller restfullest restock " +
  "restore restrain restraint restrict restroom restudied restudies restudy resubmit resubmitted result " +
  "resultant resume resupplied resupplies resurface resurgence resurgent resurrect resuscitate " +
  "resuscitator retail retain retake retaken retaliate retard retardant retch retell rethink rethought " +
  "reticence reticent retina retinae retinal retinue retire retiree retold retook retort retouch " +
  "retrace retrain retread retreat retrench retrial retried retries retrieval retrieve retrod retrodden " +
  "retrofit retrofitted retrograde retrogress retrorocket retrospect retry return returnee retweet " +
  "retype reunifies reunify reunion reunite reupholster reuse rev revalue revamp reveal reveille revel " +
  "revelled reveller revelries revelry revenge revenue reverberate reverence reverend reverent " +
  "reverential reverie reversal reverse revert review revile revisit revival revivifies revivify revolt " +
  "revolutionaries revolutionary revolve revue revved rewind rewire rework rewound rewritten rewrote " +
  "rhapsodic rhapsodies rhapsody rheostat rhetoric rhetorician rheum rheumatic rheumy rhinestone rhino " +
  "rhinoceri rhinoceros rhizome rho rhodium rhododendron rhombi rhomboid rhombus rhubarb rhyme rhythm " +
  "rhythmic rib ribald ribaldry ribbed riboflavin richest ricketier ricketiest rickets rickety ricksha " +
  "rickshaw ricochet ricochetted ricotta rid ridded ridden riddle ridgepole ridicule rife rifest riff " +
  "riffle riffraff rifle rifleman riflemen rift rig rigamarole rigged rightest rightmost rigmarole " +
  "rigor rile rill rime rimmed rind ringleader ringlet ringmaster ringside ringtone ringworm rinse riot " +
  "rip ripen ripest ripoff riposte ripped ripper ripple ripsaw risen risk riskier riskiest risky rite " +
  "ritual ritualistic ritzier ritziest ritzy rivalled rivalries rivalry riven riverbed riverfront " +
  "riverside rivet rivetted rivulet roach road roadbed roadblock roadhouse roadkill roadrunner roadshow " +
  "roadside roadster roadwork roadworthy roam roar roast rob robbed robber robberies robe robocall " +
  "robot robotic robustest rock rocket rocketry rockier rockiest rococo rode rodent rodeo roe roebuck " +
  "roentgen rogue roguish roil roister roll rollback rollick romantic romp rood roof rooftop rook " +
  "rookeries rookie room roomier roomiest roommate roomy roost root rope rosaries rosary roseate " +
  "rosebud rosebush rosette rosewood rosier rosiest roster rostra rostrum rotaries rotary rotate " +
  "rotational rote rotisserie rotogravure rotor rotted rottenest rotund rotunda rouge roughage roughen " +
  "roughest roughhouse roughneck roughshod roulette roundelay roundest roundhouse roundish roundup " +
  "roundworm rouse roustabout route routine rove rowboat rowdier rowdies rowdiest rowel rowelled " +
  "royalties royalty rpm rps rte rub rubbed rubber rubberneck rubbish rubbishy rubble rubdown rube " +
  "rubella rubicund rubier rubies rubiest ruble rucksack ruckus rudder ruddier ruddiest rude rudest " +
  "rudimentary ruff ruffian ruffle rug rugby rugged ruggedest rugrat rum rumba rumble ruminant ruminate " +
  "rummage rummer rummest rummy rumor rump rumple rumpus run runabout runaround runaway rung runic " +
  "runnel runner runnier runniest runoff runt rupee rupture ruse rush rusk russet rustic rustier " +
  "rustiest rustle rustproof rut rutabaga rutted rye saber sabotage saboteur sabre sac saccharin " +
  "saccharine sacerdotal sachem sachet sackcloth sacramental sacred sacrifice sacrificial sacrilege " +
  "sacristan sacristies sacristy sacrosanct sadden sadder saddest saddle saddlebag sadistic safari " +
  "safest safeties safety safflower saffron sag sagebrush sagest sagged sago saguaro sahib said sail " +
  "sailboat sailcloth sailfish saint saintlier saintliest saith sake saki salaam salad salamander " +
  "salaried salaries salary sale salesclerk salesgirl salesman salesmen salespeople salesperson " +
  "saleswoman saleswomen salience salient saline saliva salivary salivate sallied sallies sallow " +
  "sallowest salmon salmonella salmonellae salon salsa salt saltcellar saltest saltier saltiest saltine " +
  "saltpeter saltpetre saltshaker saltwater salutary salute salvage salve samizdat samovar sampan " +
  "sample samurai sanatoria sanatorium sancta sanctifies sanctify sanctuaries sanctuary sanctum sandal " +
  "sandalwood sandbag sandbagged sandbank sandblast sandbox sandcastle sandhog sandier sandiest sandlot " +
  "sandman sandmen sandpaper sandpiper sandstone sandstorm sandwich sanest sangfroid sanguinary " +
  "sanguine sanitaria sanitarium sanitary sank sanserif sap sapience sapient sapped sapphire sappier " +
  "sappiest sappy saprophyte sapsucker sarape sarcasm sarcoma sarcomata sarcophagi sarcophagus sardine " +
  "saree sarsaparilla sartorial sash sass sassafras sassier sassiest sassy sat satanic satay satchel " +
  "sateen satellite satiate satiety satin satinwood satiny satire satisfied satisfies satrap saturnine " +
  "satyr sauce saucepan saucier sauciest saucy sauna saunter sausage sauted savage savageries savagest " +
  "savant savior saviour savor savorier savories savoriest savvied savvier savvies savviest savvy " +
  "sawdust sawhorse sawmill sawn sawyer sax saxophone say scab scabbard scabbed scabbier scabbiest " +
  "scabby scabies scad scag scagged scalar scalawag scald scalene scalier scaliest scallion scallop " +
  "scallywag scalp scalpel scam scammed scammer scamp scampi scan scandal scandalmonger scanned scanner " +
  "scant scantest scantier scanties scantiest scanty scapegoat scapula scapulae scarab scarce scarcest " +
  "scarecrow scarf scarier scariest scarifies scarify scarlet scarred scarves scat scatted scatter " +
  "scatterbrain scavenge scene scenic scepter schema schematic scherzi scherzo schismatic schizoid " +
  "schizophrenia schizophrenic schlemiel schlepp schlock schlocky schmaltz schmaltzier schmaltziest " +
  "schmaltzy schmalz schmalzy schmooze schmuck schnapps schnauzer scholar scholastic school schoolboy " +
  "schoolchild schoolchildren schooldays schoolgirl schoolhouse schoolmarm schoolmaster schoolmate " +
  "schoolmistress schoolroom schoolteacher schoolwork schoolyard schooner schrod schtick schuss schwa " +
  "sciatic sciatica science scimitar scintilla scintillate scion scissor sclerosis sclerotic scofflaw " +
  "scold scoliosis scollop sconce scone scoot scorch score scorecard scoundrel scour scourge " +
  "scoutmaster scow scragglier scraggliest scrammed scrapped scrappier scrappiest scrappy scratchier " +
  "scratchiest scrawl scrawnier scrawniest scrawny scream screech screechier screechiest screechy " +
  "screen screenplay screenshot screenwriter screwball screwdriver screwier screwiest screwy scribble " +
  "scribe scrimmage scrimp scrimshaw scrip script scriptural scripture scriptwriter scrod scrofula " +
  "scrog scroll scrooge scrota scrotum scrounge scrub scrubbed scrubber scrubbier scrubbiest scrubby " +
  "scruff scruffier scruffiest scruffy scrunch scrunchie scrunchy scrutiny scuba scud scudded scuff " +
  "scull sculleries scullion sculpt sculptor sculptural sculpture scum scumbag scummed scummier " +
  "scummiest scummy scupper scurf scurfy scurried scurries scurry scurvier scurviest scurvy scuttlebutt " +
  "scuzzier scuzziest scuzzy scythe sea seabed seabird seacoast seafarer sealant sealskin seam seaman " +
  "seamen seamier seamiest seamstress seamy seaplane seaport sear searchlight seascape seashell " +
  "seashore seasick seaside seasonal seat seaway seaweed seaworthy sec secede seclude secondaries " +
  "secondhand secretarial secretariat secretaries secretary secrete sect sectarian sectional sector " +
  "secular secure securest securities secy sedan sedate sedatest sedentary sedge sedimentary seduce " +
  "seedier seediest seedy seek seem seemlier seemliest seen seep seepage seersucker seesaw seethe " +
  "segfault segue seismic seismograph seismographic seizure select selectman selectmen selector " +
  "selenium self selfie selfsame selloff sellout seltzer selvage selvedge selves semantic semaphore " +
  "semen semester semi semiannual semiautomatic semicircle semicircular semicolon semiconductor " +
  "semifinal semimonthlies seminal seminar seminarian seminaries seminary semiprivate semiprofessional " +
  "semiretired semiskilled semitone semitrailer semiweeklies senate senator senatorial send senile " +
  "senior sensational sensibilities sensitivities sensor sensual sent sentence sentience sentient " +
  "sentinel sentries sentry sepal separator sepia sepsis septa septet septette septic septicemia " +
  "septuagenarian septum sepulcher sepulchral sequel sequence sequential sequin sequitur sequoia sera " +
  "seraglio serape seraph seraphic seraphim sere serenest serest serf sergeant serial series serpent " +
  "serrated serried serum servant serviceman servicemen servicewoman servicewomen serviette servile " +
  "servitude servo set setback settee setter setup seven seventeen seventeenth seventh seventies " +
  "seventieth seventy sever several severest sewage sewerage sewn sex sexagenarian sexier sexiest " +
  "sexpot sextant sextet sextette sexton sexual sexy shabbier shabbiest shack shackle shad shadier " +
  "shadiest shadow shadowier shadowiest shag shagged shaggier shaggiest shaggy shaikh shake shakedown " +
  "shaken shakeup shakier shakiest shaky shale shall shallot shallowest shalt shaman shamble shame " +
  "shamefaced shammed shammies shammy shamrock shandy shank shanties shantung shanty shantytown shape " +
  "shapelier shapeliest shard share sharecropper shareholder sharia shariah sharkskin sharp sharpen " +
  "sharpest sharpshooter shat shatter shatterproof shave shaven shawl shaykh she sheaf sheath sheave " +
  "shebang sheen sheep sheepdog sheepfold sheepish sheepskin sheerest sheet sheik shekel shelf shellac " +
  "shellacked shellfish shelter shelve shenanigan shepherd shepherdess sherbert sherbet sherd sheriff " +
  "sherries shibboleth shied shield shies shift shiftier shiftiest shifty shiitake shill shillalah " +
  "shillelagh shim shimmed shimmer shimmied shimmies shimmy shinbone shindig shine shingle shinier " +
  "shiniest shinned shinnied shinnies shipbuilder shipload shipmate shipped shipshape shipwreck " +
  "shipwright shipyard shire shirr shirt shirtsleeve shirttail shit shittier shittiest shitty shiver " +
  "shlemiel shlep shlepp shlock shlocky shoal shock shockproof shod shodden shoddier shoddiest shoe " +
  "shoehorn shoelace shoemaker shoeshine shogun shone shoo shook shoon shootout shop shopaholic " +
  "shopkeeper shoplift shopped shopper shoptalk shopworn shoreline shorn shortage shortbread shortcake " +
  "shortchange shortcut shorten shortest shortfall shorthand shorthorn shortish shortsighted shortstop " +
  "shortwave shot shotgun shotgunned should shove shovelled show showbiz showcase showdown showgirl " +
  "showier showiest showman showmen shown showoff showpiece showplace showroom showstopper shrank " +
  "shrapnel shredded shredder shrew shrewd shrewdest shrewish shriek shrift shrike shrillest shrimp " +
  "shrine shrink shrinkage shrivel shrivelled shriven shroud shrove shrub shrubberies shrubbier " +
  "shrubbiest shrubby shrug shrugged shrunk shrunken shtick shtik shuck shuffle shun shunned shunt shut " +
  "shutdown shuteye shutout shutter shutterbug shuttle shuttlecock shyest shyster sibilant sic sickbed " +
  "sicken sickest sickle sicklier sickliest side sidearm sidebar sideburns sidecar sidekick sidelight " +
  "sideline sidelong sidereal sidesaddle sideshow sidestep sidestepped sidestroke sideswipe sidewalk " +
  "sidewall sideways sidle siesta sieve sift sigh sight sightread sightseer sigma signal signalled " +
  "signatories significant signifies signify signpost silage silence silentest silhouette silica " +
  "silicate silicon silicone silicosis silken silkier silkiest silkworm sill sillier sillies silliest " +
  "silo silverfish silversmith simian similarities simile simmer simpatico simper simplest simpleton " +
  "simplex simplifies simplify simulate simulator simulcast sincerest sine sinecure sinew sinewy single " +
  "singleton singsong singular singularities sinister sink sinkhole sinned sinner sinus sinusitis " +
  "sinusoidal sip siphon sipped sir siren sirloin sirocco sirup sis sisal sissier sissies sissiest " +
  "sissy sitar sitcom site sitter situ situate six sixpence sixteen sixteenth sixth sixties sixtieth " +
  "sixty skate skedaddle skeet skein skeptic sketch sketchier sketchiest sketchy skew skid skidded " +
  "skiff skill skillet skim skimmed skimp skimpier skimpiest skimpy skin skinflint skinhead skinned " +
  "skinnier skinniest skinny skintight skip skipped skipper skirmish skirt skitter skittish skivvied " +
  "skivvies skivvy skulk skull skullcap skunk skycap skydove skyjack skylark skylight skyrocket " +
  "skywriter slabbed slack slacken slackest slag slain slalom slam slammed slammer slander slang " +
  "slangier slangiest slangy slant slapdash slaphappy slapped slapstick slash slat slate slattern " +
  "slaughter slaughterhouse slave slavish slaw slay sleaze sleazier sleaziest sleazy sled sledded " +
  "sledge sledgehammer sleek sleekest sleep sleepier sleepiest sleepwalk sleepwear sleepyhead sleety " +
  "sleeve sleigh slender slenderest slept sleuth slew slice slick slickest slid slideshow slier sliest " +
  "slightest slim slimier slimiest slimmed slimmer slimmest slingshot slinkier slinkiest slinky " +
  "slipcover slipknot slippage slipped slipperier slipperiest slipshod slit slither slitter sliver slob " +
  "slobber sloe slog slogan slogged sloop slop slopped sloppier sloppiest sloppy slosh slot sloth " +
  "slotted slouch slouchier slouchiest slouchy slough sloven slovenlier slovenliest slowdown slowest " +
  "slowpoke sludge slue slug sluggard slugged slugger sluggish sluice slum slumber slumdog slumlord " +
  "slummed slummer slung slunk slur slurp slurred slush slushier slushiest slut sluttish slyest smack " +
  "smallest smallish smallpox smarmier smarmiest smarmy smartest smartphone smartwatch smash smear " +
  "smell smellier smelliest smelt smidge smidgen smidgeon smidgin smile smiley smirch smirk smite " +
  "smithereens smithies smithy smitten smock smoggier smoggiest smokehouse smokestack smokier smokiest " +
  "smoky smolder smooch smoothest smoothie smoothy smote smother smoulder smudge smudgier smudgiest " +
  "smudgy smugger smuggest smurf smut smuttier smuttiest smutty snaffle snafu snag snagged snail snake " +
  "snakebite snakier snakiest snaky snap snapdragon snapped snapper snappier snappiest snappish " +
  "snapshot snare snarf snark snarkier snarkiest snarky snarl snatch snazzier snazziest snazzy sneakier " +
  "sneakiest sneer sneeze snicker snide snidest sniffle snifter snigger snip snipe snipped snippet " +
  "snippier snippiest snippy snit snitch snivel snivelled snob snobbier snobbiest snobbish snobby " +
  "snooker snoopier snoopiest snoot snootier snootiest snooty snooze snore snorkel snorkelled snort " +
  "snot snottier snottiest snotty snout snowball snowblower snowbound snowdrift snowdrop snowfall " +
  "snowflake snowier snowiest snowman snowmen snowmobile snowshed snowshoe snowstorm snowsuit snowy " +
  "snub snubbed snuck snuff snuffbox snuffle snug snugged snugger snuggest soak soapbox soapier " +
  "soapiest soapstone soapsuds soapy soar sob sobbed soberest sobriety sobriquet soccer social " +
  "socialistic socialite societal societies society socioeconomic sociopath socket sod sodded sodden " +
  "sodium sodomite sodomy sofa softball soften softest softhearted softie softwood softy soggier " +
  "soggiest soil sojourn sol solar solaria solarium sold soldier sole solemn solemnest solenoid soli " +
  "solicitor solicitude solid solidest solidifies solidify soliloquies solitaire solitaries solitary " +
  "solitude solo solstice soluble solve solvent sombre sombrero somebodies somebody someday somehow " +
  "someone somersault sometime someway somewhat somewhere somnolence somnolent songbird songster " +
  "songwriter sonic sonnies soonest soot sooth soothe soothsayer sootier sootiest sooty sop " +
  "sophisticate sophistries sophistry sophomore sophomoric soporific sopped soppier soppiest soppy " +
  "soprano sorbet sorcerer sorceress sordid sorehead sorest sorghum sororities sorrel sorrier sorriest " +
  "sorrow sorry sort sorta sortie sos sot sottish soubriquet sough sought soul soulmate sound soundest " +
  "soundproof soundtrack soupier soupiest sourdough sourest sourpuss souse south southbound southeast " +
  "southeastern southerlies southern southernmost southpaw southwest southwestern souvenir sovereign " +
  "sovereignty soviet sown sox soy soya spa spacecraft spaceflight spaceman spacemen spacesuit " +
  "spacewalk spacey spacial spacier spaciest spacy spade spadework spaghetti spake spam spammed spammer " +
  "span spandex spangle spaniel spanned spanner spar spare spareribs sparest sparkle sparred sparrow " +
  "sparsest spartan spasm spasmodic spastic spat spate spatial spatted spatter spatula spawn spay speak " +
  "speakeasies speakeasy spearhead spearmint spec specced special specialties specialty specie " +
  "specifier specifies specify specimen speck speckle spectacle spectacular spectator specter spectra " +
  "spectral spectroscope spectroscopic spectroscopy spectrum speculate speculator sped speech speed " +
  "speedboat speedier speediest speedometer speedster speedup speedway spell spellbind spellbound spelt " +
  "spelunker spend spendthrift spent sperm spermatozoa spermatozoon spermicide sphere spheroid " +
  "spheroidal sphincter sphinges sphinx spicier spiciest spicy spider spied spiel spiffier spiffiest " +
  "spigot spike spikier spikiest spiky spill spillage spillway spilt spin spinach spinal spindle " +
  "spindlier spindliest spine spinier spiniest spinnaker spinoff spinster spiny spiraea spiral " +
  "spiralled spire spirea spiritual spiritualistic spit spitball spite spitefuller spitefullest " +
  "spitfire spitted spittle spittoon splashdown splashier splashiest splashy splat splatted splatter " +
  "spleen splendidest splendor splenetic splice spline splint splodge splotch splotchier splotchiest " +
  "splotchy splutter spoil spoilage spoilsport spoilt spoke spoken spokesman spokesmen spokespeople " +
  "spokesperson spokeswoman spokeswomen sponge spongier spongiest spongy sponsor spoof spookier " +
  "spookiest spooky spool spoon spoonbill spoor sporadic spore sporran sportier sportiest sportscast " +
  "sportsman sportsmanlike sportsmen sportswear sportswoman sportswomen sporty spot spotlight spotted " +
  "spotter spottier spottiest spotty spouse spout sprain sprang sprat sprawl spray spread spreadsheet " +
  "spree sprier spriest sprig sprightlier sprightliest springier springiest springtime springy sprinkle " +
  "sprint sprite spritz sprocket sprout spruce sprucest sprung spry spryest spud spume spumone spumoni " +
  "spun spunk spunkier spunkiest spunky spur spurn spurred spurt sputter sputum spy spyglass squab " +
  "squabble squad squadron squalid squalidest squall squalor squander squarest squash squashier " +
  "squashiest squashy squat squatted squatter squattest squaw squawk squeak squeakier squeakiest squeal " +
  "squeamish squeegee squeeze squelch squiggle squint squintest squire squirmier squirmiest squirmy " +
  "squirrel squirrelled squirt squish squishier squishiest squishy sriracha stab stabbed stablest " +
  "staccati staccato stadia stadium staff stag stagecoach stagehand stagger stagnant stagnate staidest " +
  "stain stair staircase stairway stairwell stakeout stalactite stalagmite stalemate stalest stalk " +
  "stallion stalwart stamen stamina stammer stamp stampede stanch stanchest stanchion stand standby " +
  "standoff standoffish standout standstill stank stanza staph staphylococci staphylococcus staple star " +
  "starchier starchiest starchy stare starfish stargazer starkest starlet starlight starlit starred " +
  "starrier starriest starry start startle startup starve stash stat statehouse statelier stateliest " +
  "stateroom stateside statesman statesmanlike statesmen statewide static stationary statistic " +
  "statistician statuary statuesque statuette stature statute staunch staunchest stave stdio stead " +
  "steadfast steadied steadier steadies steadiest steady steakhouse steal stealth stealthier " +
  "stealthiest stealthy steam steamboat steamier steamiest steamroll steamy steed steelier steeliest " +
  "steepest steeplechase steeplejack steer steerage stellar stem stemmed stench stencil stencilled " +
  "stenographer stenographic stenography stent stentorian stepbrother stepchild stepchildren stepdad " +
  "stepdaughter stepfather stepladder stepmom stepmother stepparent steppe steppingstone stepsister " +
  "stepson stereo stereophonic stereoscope stereotype sterile sterna sternest sternum steroid " +
  "stethoscope stevedore stew stewardess stick stickier stickies stickiest stickleback stickler " +
  "stickpin stickup sties stiffest stifle stigma stigmata stile stiletto still stillbirth stillborn " +
  "stillest stilt stimulant stimulate stimuli stimulus stingier stingiest stingray stink stipend " +
  "stipple stipulate stir stirred stirrer stirrup stitch stoat stochastic stockade stockbroker " +
  "stockholder stockier stockiest stockpile stockroom stocky stockyard stodgier stodgiest stodgy stoic " +
  "stoke stole stolen stolid stolidest stomach stomachache stomp stonewall stonework stoney stonier " +
  "stoniest stony stood stooge stop stopcock stopgap stoplight stopover stoppage stopped stopper " +
  "stopwatch storage storefront storehouse storekeeper storeroom storey storied stories stork stormier " +
  "stormiest storyteller stout stoutest stove stovepipe stow stowaway straddle strafe straggle " +
  "stragglier straggliest straightaway straightedge straighten straightest straightjacket strain " +
  "straiten straitjacket strangest strangle stranglehold strangulate strap strapped strata stratagem " +
  "strategic strategies stratifies stratosphere stratum strawberries strawberry stray streak streakier " +
  "streakiest streaky stream streamline street streetcar streetlight streetwalker strength strengthen " +
  "strep streptococcal streptococci streptococcus streptomycin stress stretch stretchier stretchiest " +
  "stretchy strew strewn striated stricken strictest stricture stridden stride strife strike strikeout " +
  "stringency stringent stringier stringiest stringy strip stripe stripped stripper stript striptease " +
  "striven strobe strode stroke stroll strongbox strongest stronghold strontium strop strophe stropped " +
  "strove struck structural strudel struggle strum strummed strumpet strung strut strutted strychnine " +
  "stub stubbed stubbier stubbiest stubble stubborn stubbornest stubby stucco stuck stud studded " +
  "student studied studies studio studlier studliest study stuffier stuffiest stuffy stultifies " +
  "stultify stumble stumpier stumpiest stumpy stun stung stunk stunned stupefied stupefies stupefy " +
  "stupid stupidest stupidities stupor sturdier sturdiest sturgeon stutter sty stye style styli " +
  "stylistic stylus stymie styptic suave suavest sub subatomic subbed subclass subcommittee subcompact " +
  "subcontinent subcontract subcontractor subculture subdivide subdue subgroup subhead subhuman subj " +
  "subject subjoin subjugate sublease sublet sublimate sublime sublimest subliminal submarine submerge " +
  "submergence submerse submit submitted subnormal suborbital subordinate suborn subplot subpoena " +
  "subprime subprogram subroutine subscribe subscript subsequent subservience subservient subset " +
  "subside subsidence subsidiaries subsidiary subsidies subsistence subsoil subsonic subspace " +
  "substandard substitute substrata substrate substratum substructure subsume subsystem subteen " +
  "subterfuge subterranean subtitle subtlest subtleties subtlety subtotal subtotalled subtrahend suburb " +
  "suburbanite suburbia subvert subway succeed success successor succinct succinctest succor succotash " +
  "succulence succulent succumb such suchlike suck sucrose suds sudsier sudsiest sudsy suede suet " +
  "suffer sufficiency sufficient suffix suffragan suffrage suffragette suffuse sugar sugarcane " +
  "sugarcoat sugarier sugariest suggest suicidal suicide suit suite suitor sukiyaki sulfate sulfide " +
  "sulfur sulfuric sulk sulkier sulkies sulkiest sulky sullen sullenest sullied sullies sulphur sultana " +
  "sultanate sultrier sultriest sultry sum sumac sumach summaries summed summerhouse summertime summit " +
  "summitry summon sumo sump sunblock sunburn sunburnt sundial sundown sundries sundry sunfish " +
  "sunflower sung sunglasses sunk sunken sunlamp sunlight sunlit sunned sunnier sunniest sunroof " +
  "sunscreen sunset sunshine sunspot sunstroke suntan suntanned sunup superabundant superannuate " +
  "superbest supercharge supercomputer superconductor superego superhighway superhuman superimpose " +
  "superintend superintendence superintendency superintendent superman supermarket supermen supermodel " +
  "supernatural supernova supernovae supernumeraries supernumerary superpower superscript supersede " +
  "supersonic superspreader superstar superstructure supertanker superuser supervene supervisor supine " +
  "supped supper supplant supple supplemental supplementary supplest suppliant supplicant supplicate " +
  "supplied supplies support suppose suppositories suppress suppurate supranational supremacy supreme " +
  "surcease surcharge sure surefire surefooted surest sureties surety surf surfeit surgeon surgeries " +
  "surlier surliest surmount surname surpass surplice surplus surplussed surreal surrealistic surrender " +
  "surrey surrogate surround surtax survey surveyor survival survivor suspect suspend suspense " +
  "suspicion sustain suture sveltest swab swabbed swaddle swag swagged swagger swain swallow " +
  "swallowtail swam swamp swampier swampiest swampy swan swank swankest swankier swankiest swanky swap " +
  "swapped swarm swarthier swarthiest swarthy swash swashbuckler swastika swatch swatted swatter " +
  "swaybacked swearword sweat sweatier sweatiest sweatpants sweatshirt sweaty sweep sweepstake " +
  "sweetbread sweetbriar sweetbrier sweeten sweetest sweetheart sweetie sweetish sweetmeat swell " +
  "swellest swellhead swept swiftest swig swigged swimmer swimsuit swindle swinish swipe swirl swish " +
  "swishest switchback switchblade swivel swivelled swizzle swollen swoon swoop swop swopped sword " +
  "swordplay swordsman swordsmen swore sworn swum swung sybarite sybaritic sycamore sycophant " +
  "sycophantic syllabi syllabic syllabifies syllabify syllabus syllogistic sylph symbioses symbiosis " +
  "symbiotic symbol symbolic symmetric symmetries symmetry sympathetic sympathies sympathy symphonic " +
  "symphonies symphony symposia symposium symptom symptomatic synagog synagogue synapse sync synch " +
  "syncopate syndicate syndrome synergistic synod synonym synopses synopsis syntactic syntax syntheses " +
  "synthesis synthetic syphilis syphilitic syphon syrup syrupy sysadmin sysop system systematic " +
  "systemic systolic tab tabbed tabbies tabby tabernacle tableau tableaux tablecloth tableland " +
  "tablespoon tablet tabloid taboo tabu tabular tabulator tachometer tacit taciturn tack tackier " +
  "tackiest tacky taco tact tactic tactician tactile tadpole taffeta taffies taffy tagged tailcoat " +
  "tailgate taillight tailor tailpipe tailspin tailwind taint take takeaways taken takeoff takeout " +
  "takeover talc tale talent talisman talk tallest tallied tallies tallow tallyho tamale tamarind " +
  "tambourine tamest tamp tampon tanager tandem tangelo tangent tangential tangerine tangier tangiest " +
  "tangle tango tangy tankard tanned tanneries tannest tannin tansy tantamount tantrum tap tape " +
  "tapestries tapestry tapeworm tapir tapped taproom taproot tar tarantula tarantulae tarball tardier " +
  "tardiest tardy tare target tariff tarmac tarmacked tarnish tarot tarp tarpaulin tarpon tarred " +
  "tarried tarrier tarries tarriest tart tartan tartar tartest taser taskmaster tassel tasselled taste " +
  "tastier tastiest tat tatted tatter tattle tattletale tattoo tatty taught taunt taupe tautest " +
  "tautologies tavern tawdrier tawdriest tawdry tawnier tawniest tawny tax taxi taxidermy taxonomic " +
  "taxonomies taxonomy taxpayer tbs tbsp teabag teach teacup teak teakettle teal tealight teamster " +
  "teamwork teapot tear teardrop teargas teargassed teargasses tearier teariest tearjerker tearoom " +
  "teary tease teasel teaspoon teat teatime teazel teazle technicalities technique techno technocracy " +
  "technocrat technologies tedium tee teem teen teenage teenier teeniest teensier teensiest teensy " +
  "teeny teepee teeter teeth teethe teetotal teetotaller tel telecast telecommute teleconference " +
  "telegram telegraph telegraphic telegraphy telekinesis telemeter telemetries telemetry telepathic " +
  "telepathy telephone telephonic telephony telephoto telescopic telethon teletype teletypewriter telex " +
  "tell telltale temblor temp tempera temperamental temperate temperature tempest tempi template temple " +
  "tempo temporal temporaries temporary tempt temptress tempura ten tenancies tenancy tend tendencies " +
  "tendency tenderest tenderfeet tenderfoot tenderhearted tenderloin tendinitis tendon tendonitis " +
  "tendril tenfold tenon tenor tenpin tensest tensile tensor tent tenth tenure tepee tequila terabit " +
  "terabyte tercentenaries tercentenary termagant terminal terminate terminator termini terminologies " +
  "terminus termite tern terrace terrain terrapin terraria terrarium terrestrial terrier terrific " +
  "terrifies terrify territorial territories terror terse tersest tertiary test testamentary testate " +
  "testicle testier testiest testifies testimonies testimony testis testosterone testy tetanus tether " +
  "tetrahedra tetrahedron text textile textual textural texture thalami thalamus thallium thank thatch " +
  "thaw theater theatre thee theft their theistic them thematic theme themselves then thence " +
  "thenceforth theocracies theocracy theocratic theologian theologies theorem theoretic theoretician " +
  "theories theosophy therapeutic therapies therapy there thereabout thereafter thereby therefore " +
  "therefrom therein thereof thereon thereto thereupon therewith thermal thermionic thermodynamic " +
  "thermometer thermonuclear thermoplastic thermos thermostat thermostatic thesauri thesaurus thesis " +
  "thespian theta they thiamin thiamine thicken thickest thicket thickset thief thieve thievish " +
  "thighbone thimble thine thingamajig thinned thinner thinnest third thirst thirstier thirstiest " +
  "thirsty thirteen thirteenth thirties thirtieth thirty this thistle thistledown thither thoraces " +
  "thoracic thorax thorium thornier thorniest thoroughbred thoroughest thoroughfare thou thought " +
  "thousand thousandth thrall thrash threadbare threat threaten three threefold threescore threesome " +
  "threnodies threnody thresh threshold threw thrice thrift thriftier thriftiest thrill thriven throat " +
  "throatier throatiest throaty throb throbbed throe thromboses thrombosis throne throng throttle " +
  "throughput throughway throve throw throwaway throwback thrown thru thrum thrummed thrush thrust " +
  "thruway thud thudded thug thumb thumbnail thumbscrew thumbtack thunder thunderclap thundercloud " +
  "thunderhead thundershower thunderstorm thunderstruck thunk thus thwack thwart thymi thymus thyroid " +
  "thyself tibia tibiae tic tick ticket tickle ticklish tidal tidbit tiddlywinks tide tidewater tidied " +
  "tidier tidies tidiest tie tiebreaker tiff tiger tightest tightfisted tightrope tightwad tigress tike " +
  "tilde tile tillage tilt timber timberland timberline timbre time timekeeper timelier timeliest " +
  "timeline timepiece timescale timestamp timeworn timezone timid timidest timpani tincture tinder " +
  "tinfoil tinge tingle tinier tiniest tinker tinkle tinned tinnier tinniest tinny tinsel tinselled " +
  "tinsmith tint tip tipi tipped tipper tipple tipsier tipsiest tipster tipsy tiptoe tiptop tirade tire " +
  "tiredest tiresome tiro tissue tit titan titanic titanium titbit tithe titillate title titmice " +
  "titmouse titter tittle titular tizzies tizzy toad toadied toadies toadstool toast toastier toastiest " +
  "toastmaster toasty tobacco toboggan tocsin today toddies toddle toddy toehold toenail toffee toffies " +
  "toffy tofu tog toga togae together toggle toil toilet toiletries toiletry toilette toilsome token " +
  "told tolerant tolerate toll tollbooth tollgate tomahawk tomato tomboy tombstone tomcat tomfooleries " +
  "tonal tonalities tone tongue tonic tonier toniest tonight tonnage tonne tonsil tonsillectomies " +
  "tonsillectomy tonsillitis tonsorial tonsure took toolbar toolbox toot toothache toothier toothiest " +
  "toothpaste toothsome toothy topaz topcoat topic topknot topmast topmost topographer topographic " +
  "topographies topography topped topple topside topsoil toque torch torchlight toreador tormentor " +
  "tornado torpedo torpid torpor torque torrent torrential torrid torsi torso tort torte tortilla " +
  "tortoiseshell torture torus toss tossup tost tot totalitarian totalities totalled tote totem totemic " +
  "totted totter toucan touch touchdown touchier touchiest touchstone touchy toughen toughest toupee " +
  "tour touristic tourmaline tourney tourniquet tout tow towel towelled towhead town townhouse " +
  "townsfolk townsman townsmen townspeople towpath toxemia toxic toxin traceries trachea tracheae " +
  "tracheotomies tracheotomy track tract tractor trade trademark tradesman tradesmen traditional " +
  "trafficked trafficker tragedian tragedies tragedy tragicomedies tragicomedy trail trailblazer " +
  "trainee traipse trait traitor trajectories trammed trammel trammelled tramp trample trampoline " +
  "tranquil tranquilest tranquiller tranquillest trans transact transatlantic transceiver transcendence " +
  "transcendent transcendental transcontinental transcribe transcript transducer transept transfer " +
  "transferal transference transferred transfigure transfinite transfix transfixt transform transfuse " +
  "transgress transgressor transience transiency transient transistor transit transitional transitted " +
  "translate translator transliterate translucence translucent transmigrate transmit transmittal " +
  "transmitted transmitter transmute transnational transoceanic transparencies transparent transphobia " +
  "transphobic transpire transponder transport transpose transsexual transshipped transverse " +
  "transvestite trap trapdoor trapeze trapezoid trapezoidal trapped trapper trashcan trashier trashiest " +
  "trashy trauma traumata traumatic travail travelled traveller travelog travelogue traverse travestied " +
  "travesties travesty trawl treacheries treacle tread treadle treadmill treas treason treasuries " +
  "treasury treat treaties treaty tree treetop trefoil trekked trellis tremble tremolo tremor trenchant " +
  "trend trendier trendies trendiest trendy trespass trestle triad triage triangle triathlon tribal " +
  "tribesman tribesmen tribunal tribune tributaries tribute trice triceps trickier trickiest trickle " +
  "trickster tricolor tricycle trident tried triennial tries trifecta trifle trifocals trig trigger " +
  "triglyceride trigonometric trigonometry trike trilateral trill trillion trillionth trilogies trilogy " +
  "trimaran trimester trimmed trimmer trimmest trinities trinket trio trip tripartite tripe triple " +
  "triplet triplicate tripod tripos tripped triptych trisect trite tritest triumph triumphal triumphant " +
  "triumvirate trivet trivia trivialities trochee trod trodden troglodyte troika troll trollies trollop " +
  "trombone tron troop trope trophies trophy tropic troposphere trot troth trotted trotter troubadour " +
  "trouble troublemaker troubleshoot troubleshot troublesome trough trounce troupe trousseau trousseaux " +
  "trout trowel trowelled truancy truant truce truck truckle truckload truculence truculent trudge " +
  "truest truffle trump trumpet truncate truncheon trundle trunk truss trustee trustier trusties " +
  "trustiest trustworthier trustworthiest truth try tryout tryst tsar tsarina tsp tsunami ttys tub " +
  "tubbier tubbiest tubby tube tubercle tubercular tuberculosis tubular tuck tuft tug tugboat tugged " +
  "tulip tulle tumble tumbledown tumbleweed tumbrel tumbril tumid tummies tummy tumor tumult tun tundra " +
  "tungsten tunic tunnel tunnelled tunnies tunny turban turbid turbine turbojet turboprop turbot " +
  "turbulence turd turducken tureen turf turgid turkey turmeric turmoil turn turnabout turnaround " +
  "turncoat turnip turnkey turnoff turnout turnover turnpike turnstile turpentine turpitude turtle " +
  "turtledove turtleneck turves tush tussle tussock tutelage tutor tutorial tux twaddle twain twang " +
  "tweak twee tweedier tweediest tweedy tweet tweezers twelfth twelve twenties twentieth twenty twerk " +
  "twerp twice twiddle twig twigged twiggier twiggiest twiggy twilight twill twinge twink twinkle " +
  "twinned twirl twit twitch twitted twitter two twofer twofold twosome tycoon tyke tympana tympanum " +
  "type typecast typescript typeset typesetter typewrite typewritten typewrote typhoid typhoon typhus " +
  "typifies typo typographer typographic typography tyrannies tyrannosaur tyrannosaurus tyranny tyrant " +
  "tyro tzar tzarina udder uglier ugliest ukelele ukulele ulcer ulcerate ulna ulnae ulterior ultimata " +
  "ultimatum ultra ultramarine ultrasonic ultrasound ultraviolet ululate umbel umber umbilici umbilicus " +
  "umbrage umbrella umiak umlaut ump umpire umpteen umpteenth unabashed unabated unabridged unaccented " +
  "unaccepted unaccompanied unaccustomed unacknowledged unacquainted unadorned unadulterated unadvised " +
  "unaffected unafraid unaided unaltered unannounced unanswered unanticipated unappreciated unarmed " +
  "unashamed unasked unassigned unassisted unattached unattended unattributed unauthenticated " +
  "unauthorized unbalanced unbar unbarred unbeaten unbeknown unbeknownst unbelief unbeliever unbend " +
  "unbent unbiased unbiassed unbidden unbind unblock unbolt unborn unbosom unbound unbranded unbridled " +
  "unbroken unbuckle unburden unbutton uncalled uncannier uncanniest uncanny uncased uncatalogued " +
  "uncensored uncertain uncertainties uncertainty unchallenged unchanged uncharacteristic uncharted " +
  "unchecked unchristian uncivil uncivilized unclaimed unclasp uncle unclean uncleanest uncleanlier " +
  "uncleanliest unclear unclearest unclothe uncluttered uncoil uncollected uncommitted uncommonest " +
  "uncompleted uncomplicated uncomplimentary uncompressed unconcern unconditional unconfirmed " +
  "unconnected unconsidered unconstitutional uncontaminated uncontested uncontrolled uncontroversial " +
  "unconventional unconvinced uncooked uncoordinated uncorrelated uncorroborated uncounted uncouple " +
  "uncouth uncultivated uncultured uncut undamaged undated undaunted undecided undeclared undefeated " +
  "undefended undefined undelivered undemocratic underact underage underarm underbellies underbid " +
  "underbrush undercarriage undercharge underclass underclassman underclassmen underclothes undercoat " +
  "undercover undercurrent undercut underdeveloped underdog underdone underemployed underestimate " +
  "underexpose underfed underfeed underfoot underfunded undergone undergrad undergraduate underground " +
  "undergrowth underhand underlain underlay underlie underline undermine undermost undernourished " +
  "underpaid underpass underpay underpin underpinned underprivileged underrate underscore undersea " +
  "undersecretaries undersecretary undersell undershirt undershoot undershorts undershot underside " +
  "undersign underskirt undersold understaffed understand understate understood understudied " +
  "understudies understudy undertake undertaken undertone undertook undertow underused undervalue " +
  "underwater underwear underweight underwent underworld underwrite underwritten underwrote undeserved " +
  "undetected undetermined undeterred undeveloped undid undies undiluted undiminished undisciplined " +
  "undisclosed undiscovered undisguised undisputed undistinguished undisturbed undivided undo " +
  "undocumented undone undoubted undress undue undulant undulate unearned unease uneasier uneasiest " +
  "uneasy uneaten uneconomic unedited uneducated unembarrassed unemotional unemployed unenlightened " +
  "unenthusiastic unequal unequalled unequivocal unexampled unexceptional unexpected unexplained " +
  "unexplored unexpurgated unfair unfairest unfamiliar unfasten unfeigned unfetter unfilled unfitted " +
  "unfold unforeseen unformed unfounded unfrequented unfriend unfriendlier unfriendliest unfrock " +
  "unfulfilled unfunny unfurnished ungainlier ungainliest ungodlier ungodliest unguarded unguent " +
  "ungulate unhand unhappier unhappiest unharmed unhealthier unhealthiest unheard unheeded unhindered " +
  "unhinge unhitch unholier unholiest unhook unhorse unhurried unhurt unicameral unicorn unicycle " +
  "unidirectional unifies unify unilateral unimpaired unimplemented unimpressed uninformed uninhabited " +
  "uninhibited uninitialized uninitiated uninjured uninspired uninstall uninsured unintelligent " +
  "unintended unintentional uninterested uninterpreted uninterrupted uninvited union uniquest unisex " +
  "unison unitary unite unities universal universe universities unjust unkind unkindest unkindlier " +
  "unkindliest unlabeled unlace unlatch unleaded unleash unleavened unlettered unlicensed unlikelier " +
  "unlikeliest unlimited unlisted unload unlock unloose unloved unluckier unluckiest unmade unmake " +
  "unman unmanlier unmanliest unmanned unmarked unmarried unmask unmatched unmissed unmitigated unmoral " +
  "unmoved unnamed unnatural unnecessary unneeded unnerve unnoticed unnumbered unobservant unobserved " +
  "unobstructed unoccupied unofficial unopened unopposed unorganized unoriginal unorthodox unpack " +
  "unpaid unpainted unparalleled unpatriotic unpaved unperturbed unpick unpin unpinned unplanned unplug " +
  "unplugged unplumbed unpolluted unpopular unprecedented unprejudiced unpremeditated unprepared " +
  "unprincipled unprivileged unprofessional unprompted unprotected unproved unproven unprovoked " +
  "unpublished unpunished unquestioned unquote unravel unravelled unread unready unreal unrealized " +
  "unrecognized unreconstructed unrecorded unrefined unregenerate unregistered unregulated unrehearsed " +
  "unrelated unreleased unrelieved unrepentant unrequited unreserved unresolved unrest unrestrained " +
  "unrestricted unripest unrivaled unrivalled unroll unromantic unruffled unrulier unruliest unsaddle " +
  "unsafe unsafest unsaid unsalted unsanctioned unsanitary unsatisfied unsaturated unsay unscathed " +
  "unscheduled unschooled unscientific unscrew unseal unseasoned unseat unseemlier unseemliest unseen " +
  "unsent unsentimental unset unsettle unshaven unsheathe unsightlier unsightliest unsigned unskilled " +
  "unsnap unsnapped unsnarl unsold unsolicited unsolved unsophisticated unsound unsoundest unspecific " +
  "unspoiled unspoilt unspoken unsportsmanlike unstated unsteadier unsteadiest unstop unstopped " +
  "unstressed unstructured unstrung unstuck unstudied unsubscribe unsubstantial unsubstantiated " +
  "unsubtle unsuited unsupervised unsupported unsure unsurpassed unsuspected unsweetened unsympathetic " +
  "untainted untamed untangle untapped untaught untested untidier untidiest untie untimelier " +
  "untimeliest untitled untold untouched untrained untreated untroubled untruest untrustworthy untruth " +
  "untutored unvarnished unveil unvoiced unwanted unwarier unwariest unwarranted unwary unwashed unwed " +
  "unwell unwholesome unwieldier unwieldiest unwind unwisest unwonted unworthier unworthiest unworthy " +
  "unwound unwrap unwrapped unzipped upbraid upchuck upcountry update updraft upend upfront upgrade " +
  "upheaval upheld uphill uphold upholster upkeep upland uplift upload upmarket upped upper uppercase " +
  "upperclassman upperclassmen uppercut uppermost uproar ups upscale upshot upside upstage upstairs " +
  "upstart upstate upstream upsurge uptake uptight uptown upturn uranium urbane urbanest urchin urea " +
  "urethra urethrae urge urgency urgent uric urinal urinalyses urinalysis urinary urinate urine urn " +
  "usage use username usherette usual usurer usurp usury utensil uteri uterine uterus utilitarian " +
  "utilities utmost utopia utopian uttermost uvula uvulae uvular vacancies vacancy vacant vacate " +
  "vaccinate vaccine vacillate vacua vacuum vagabond vagaries vagary vagina vaginae vaginal vagrancy " +
  "vagrant vaguest vainest vale valedictorian valedictories valence valet valiant validate valor value " +
  "valve vamp vampire van vanadium vandal vane vanguard vanilla vanities vanned vanquish vantage vape " +
  "vapid vapor var variant variate varicolored varicose varied variegate varies varieties variety " +
  "varlet varmint varnish varsities vascular vase vasectomies vasectomy vassal vassalage vastest vat " +
  "vatted vaudeville vault vaunt veal vector veep veer vegan vegetarian vegetate veggie vehemence " +
  "vehicle vehicular veil veld veldt vellum velocities velour velvet velveteen venal vend vendetta " +
  "vendor veneer venerate venereal venial venison vent ventilate ventilator ventral ventricle " +
  "ventricular venturesome venue veranda verandah verb verbal verbatim verbena verbiage verbose verdant " +
  "verdict verdigris verdure verge verier veriest verifies verisimilitude verities vermicelli vermilion " +
  "vermillion vermin vermouth vernacular vernal versatile verse versifies versify vertebra vertebrae " +
  "vertebral vertebrate vertex vertices vertigo vesicle vessel vest vestibule vestige vestigial " +
  "vestries vestry vetch veteran veterinarian veterinaries veterinary vetted vex viaduct vial viand " +
  "vibe vibrancy vibrate vibrato vibrator viburnum vicar vicarage viceroy vicissitude victim victories " +
  "victual victualled videocassette videodisc videotape videotex vie view viewfinder vigilant vigilante " +
  "vignette vigor vii viii vile vilest vilifies vilify village villain villainies villainy villein vim " +
  "vinaigrette vindicate vindicator vine vinegar vinegary vineyard vintage vintner vinyl viol violate " +
  "violator violence violoncello viper virago viral vireo virgin virginal virgule virile virtual virtue " +
  "virtuosi virtuoso virulence virulent virus visa visage viscera visceral viscid viscount viscountess " +
  "viscus visionaries visionary visit visitor visor visual vitamin vitiate viticulture vitriol " +
  "vitriolic vituperate vivace vividest vivifies vivify vixen vixenish viz vizier vizor vocabularies " +
  "vocabulary vocal vocalic vocational vociferate vodka vogue voguish voice voicemail void voile " +
  "volatile volcanic volcano vole volley volt voltage voltaic voltmeter voluble volume voluntaries " +
  "voluntary voluptuaries voluptuary vomit voodoo vortex vortices votaries votary vote vouch vouchsafe " +
  "vow vowel voyage voyeur voyeuristic vulgar vulgarest vulgarities vulnerabilities vulture vulva " +
  "vulvae vuvuzela wabbit wack wackest wackier wackiest wacko wacky wad wadded waddle waffle wag wagged " +
  "waggish waggle wagon waif wail wainscot wainscotted waistband waistcoat waistline wait waitress wake " +
  "waken walk walkout walkway wall wallabies wallet walleye wallflower wallow wallpaper walnut walrus " +
  "wampum wand wanderlust wangle wank wanna wannabe wannabee wannest want wanton wapiti war warble " +
  "warden wardrobe wardroom warehouse warez warfare warhead warhorse warier wariest warlock warlord " +
  "warmest warmonger warmth warn warpath warrant warrantied warranties warranty warred warrior wart " +
  "warthog wartier wartiest wartime warty wary was washbasin washbowl washcloth washerwoman washerwomen " +
  "washout washroom washstand washtub wasp waspish wassail wastage waste wastebasket wasteland " +
  "wastepaper wastewater wastrel watch watchband watchdog watchmaker watchman watchmen watchtower " +
  "watchword water waterbed watercolor watercourse watercraft watercress waterfall waterfowl waterfront " +
  "waterier wateriest waterline watermark watermelon waterpower waterproof watershed waterside " +
  "watertight waterway watt wattage wattle wave waveform wavelength wavelet wavier waviest wax waxen " +
  "waxier waxiest waxwork waxy way wayfarer waylaid waylay wayside weak weaken weakest weakfish weal " +
  "wealth wealthier wealthiest wean weapon weaponry wearied wearier wearies weariest wearisome weasel " +
  "weather weathercock weatherman weathermen weatherproof weave web webcam webcast webinar webisode " +
  "webmaster webmistress website wed wedded wedder wedgie wedlock weedier weediest weedy week weekday " +
  "weekend weeklies weeknight weenie weepier weepies weepiest weepy weest weevil weft weigh weightier " +
  "weightiest weightlifter weir weirdest weirdo weld welfare welkin welsh welt welterweight wench wend " +
  "went wept were werewolf werewolves west westbound westerlies western westernmost wetback wetland " +
  "wetted wetter wettest whackier whackiest whacky whalebone wham whammed whammies whammy wharf wharves " +
  "whatchamacallit whatever whatnot whatsoever wheal wheat wheaten wheedle wheelbarrow wheelchair " +
  "wheelwright wheeze wheezier wheeziest wheezy whelk whelp whence whereabouts whereat whereby " +
  "wherefore wherein whereof whereon wheresoever whereupon wherewithal whet whetstone whetted whew whey " +
  "whichever whiff whilst whim whimper whimsey whimsies whimsy whinier whiniest whinnied whinnies " +
  "whinny whiny whip whipcord whiplash whipped whippersnapper whippet whippoorwill whir whirl whirligig " +
  "whirlpool whirr whisk whiskey whiskies whisky whit whitecap whitefish whiten whitest whitewall " +
  "whither whitish whittle whiz whizz whodunit whodunnit wholehearted wholesale wholesome whom whomever " +
  "whomsoever whoop whoopee whoosh whopper whore whorehouse whorl whosoever wick wickedest wickerwork " +
  "wicket widen widescreen widespread widest widgeon widget width wield wiener wife wig wigeon wigged " +
  "wiggle wigglier wiggliest wight wigwag wigwagged wigwam wiki wild wildcat wildcatted wildebeest " +
  "wildest wildfire wildflower wildfowl wildlife wile wilier wiliest will willies willowy willpower " +
  "wimp wimpier wimpiest wimple wimpy win wince winch wind windbag windbreak windburn windfall windier " +
  "windiest windjammer windlass windmill windowpane windowsill windpipe windscreen windshield windsock " +
  "windstorm windsurf windswept windup wine wineglass wineries wingnut wingspan wingspread wingtip wink " +
  "winner winnow wino winsome winsomest wintergreen winterier winteriest wintertime wintrier wintriest " +
  "wintry wipe wiretap wiretapped wirier wiriest wiry wiseacre wisest wish wishbone wisp wispier " +
  "wispiest wispy wistaria wisteria witch witchcraft withal withdraw withdrawal withdrawn withdrew " +
  "withheld withhold withstand withstood wittier wittiest wiz wizard wizardry wizened wizzes wobble " +
  "wobblier wobbliest woe woebegone woefuller woefullest wok woke woken wolfhound wolfish wolfram " +
  "wolverine wolves woman womanish womankind womanlier womanliest womanlike womb womble women womenfolk " +
  "won wonder wonderland wonkier wonkiest wonky wont woo woodbine woodchuck woodcock woodcraft woodcut " +
  "woodcutter wooden woodenest woodier woodies woodiest woodland woodman woodmen woodpecker woodpile " +
  "woodshed woodsier woodsiest woodsman woodsmen woodsy woodwind woodwork woodworm woody woof wool " +
  "woolen woolie wooliest woollier woollies woolliest woozier wooziest woozy wordier wordiest wordplay " +
  "wore work workaday workaholic workaround workbench workday workfare workforce workhorse workhouse " +
  "workingman workingmen workload workman workmanlike workmen workout workplace worksheet workshop " +
  "workweek world worldlier worldliest worldwide worm wormhole wormier wormiest wormwood wormy worn " +
  "worried worrier worries worrisome worry worrywart worsen worshipped worshipper worthier worthies " +
  "worthiest wot would wove woven wow wrack wraith wrangle wrap wraparound wrapped wrapper wrapt wrath " +
  "wreak wreath wreathe wreck wreckage wren wrench wrest wrestle wretch wretchedest wrier wriest " +
  "wriggle wrinkle wrinklier wrinklies wrinkliest wristband wristwatch write writhe written wrongdoer " +
  "wrongest wrongheaded wrote wroth wrought wrung wryest wuss xci xcii xciv xcix xcvi xcvii xenon " +
  "xenophobia xenophobic xerographic xerography xii xiii xiv xix xor xref xterm xvi xvii xviii xxi xxii " +
  "xxiii xxiv xxix xxv xxvi xxvii xxviii xxx xxxi xxxii xxxiii xxxiv xxxix xxxv xxxvi xxxvii xxxviii " +
  "xylem xylophone yacht yachtsman yachtsmen yack yakked yam yammer yank yap yapped yard yardage " +
  "yardarm yardstick yarn yawl yea yeah year yearlies yeastier yeastiest yeasty yell yellowest yelp " +
  "yeoman yeomen yep yes yeshiva yeshivah yeshivot yeshivoth yessed yest yesteryear yeti yew yield " +
  "yipped yock yodel yodelled yodeller yoghourt yoghurt yogi yogin yoke yokel yolk yon yonder yore you " +
  "youngest youngish youngster your yourself yourselves youth yowl yrs yttrium yucca yuckier yuckiest " +
  "yucky yuk yukked yule yuletide yummier yummiest yup yuppie yuppy zanier zanies zaniest zap zapped " +
  "zapper zeal zealot zebu zed zenith zenned zephyr zeppelin zero zeroth zest zeta zigzag zigzagged " +
  "zilch zillion zinc zincked zinnia zip zipped zipper zippier zippiest zippy zircon zirconium zit " +
  "zither zodiac zodiacal zombi zombie zonal zone zonked zoo zoom zorch zucchini zwieback zygote ";
