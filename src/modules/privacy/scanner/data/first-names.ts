// Generated from @faker-js/faker 10.6.0 person data (MIT licence, (c) Faker contributors) plus
// hand-curated additions; folded to lowercase ASCII (see ../tokens.ts fold). Ambiguous entries are also everyday English words or places.
export const FIRST_NAMES =
  'aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand ' +
  'aanandaswarup aanandinii aanjaneya aanuoluwapo aaratrika aarav aaron aarya aaryan aasa aasha ' +
  'aashritha aatmaj aatmaja aatreya aayushmaan aayushman aba abaco abagail abak abaka abakan abakay ' +
  'abani abar abay abayomi abbie abbigail abbondanza abbondanzio abbondio abby abdiel abdon abdone ' +
  'abdonie abdou abdoul abdoulaye abdul abdullah abe abebi abeiku abel abelard abelardo abele abelin ' +
  'abeline abena abendam abeni abenzio abhaidev abhaya abhirath abhishek abhisyanta abi abibatou abibo ' +
  'abidin abigaelle abigail abigale abigayle abigel abilay abimbola abiodun abiola abiona abisola ' +
  'abisoye abluc abner abondance abosede abou aboubacar abraham abramio abramo abril absalon absar ' +
  'abubakar aby abyasa acace acacie acacio acanthe acar acario acaryatanaya accursio acela acelya ' +
  'achaire achalesvara acharyanandana acharyasuta achille achim achintya achyut acig acik acilay acilia ' +
  'acilio aciscolo acrisio acuk acun ada adaeze adah adalan adalard adalardo adalbald adalbaude ' +
  'adalberon adalbert adalberta adalberto adaldi adalfredo adalgisa adalgiso adaline adalmis adalric ' +
  'adalrico adalsinde adam adama adamo adan adaora adar adas adaugo adberilgen addie addison addo ' +
  'addolorata ade adea adebankole adebayo adebiyi adebola adebowale adeboye adebukola adedaramola ' +
  'adedayo adedeji adedoyin adegoke adegrin adegrine adekitan adekola adekunle adel adela adelaida ' +
  'adelaide adelajda adelardo adelasia adelbert adelberto adelchi adele adeleke adelfo adelgardo adelia ' +
  'adelie adelin adelina adeline adell adella adelle adelmo adelphe adeltrude adelya adem adenet ' +
  'adenike adeniyi adeodat adeodato adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji ' +
  'adesua adetayo adetoke adetoun adeyi adheesh adhemar adhiarja adhiraj adhrit adi adiarja adigun ' +
  'adiguzel adik adika adikara adikavi adikutlu adikutlutas adil adile adina adinata adinath aditeya ' +
  'aditya adityanandan adityanandana adjutor adli adlibeg adnan adolf adolfo adolph adolphe adolphie ' +
  'adolphus adone adonis adonise adrain adraman adrastee adrehilde adria adriaan adrian adriana ' +
  'adrianna adriano adriel adrien adrienne adrione adripathi adsiz adunni advaya adwitiya adwoa affan ' +
  'afi afia afitap afolarin afonso afra afro afsar afsin afton afua agabay agabio agah agakagan agalak ' +
  'agamennone agapet agapito agasti agastya agata agatha agathange agathe agathon agaton agazio agca ' +
  'agenore agesilao agilbert agilberte aglae aglaia aglamis agnan agnane agneflete agnes agnese agneta ' +
  'agnetha agneya agnieszka agnimitra agniprava agnivesh agnos agostina agostino agrata agripina ' +
  'agrippa agrippin agrippine agrypina agus agustin agustina ahalya ahenk ahilya ahlem ahmad ahmed ' +
  'ahmet ahsen aiace aicha aida aidan aidano aideen aiden aikaterini aiko ailbhe aileen ailish aimable ' +
  'aime aimee aimone aina aine aino aisha aishani aishwarya aisling aissa aissata aissatou aisyah ' +
  'aiyana ajala ajan ajana ajani ajeet ajeng ajiman ajimat ajimin ajiono ajit ajla ajlin ajna ajoke ak ' +
  'akalp akande akanmu akanni akarsana akas akata akbas akbatur akbay akboga akboru akbudak akbugra ' +
  'akbulak akca akcakoca akcora akdemir akdogan ake akeem aki akibudak akim akinci akiner akinkunmi ' +
  'akinlabi akinwale akira akkun akkunlu akkurt akkus akofa akorfa akos akosua akpira akroor aksel ' +
  'akshainie akshaj akshat akshata akshay akshayakeerti akshita aksungur aktan aktekin aktimur akua ' +
  'akula akumaa akunna akwasi akwesi al ala alaba alaban alaboru aladag alade aladino aladogan alain ' +
  'alaina alaine alais alakurt alamanno alambana alamu alan alana alanis alanna alano alara alarico ' +
  'alassane alayna alayunt alayuntlu alba alban albane albano alberade alberic alberico alberte ' +
  'albertha albertina alberto albin albina alboino albrico alceo alceste alcibiade alcide alcidie ' +
  'alcime alcina alcine alcino alcyone alda aldegonde aldemir alden aldigerey aldo aldobrando aldogan ' +
  'aldonce aldric alea aleandro aleardo aleaume alec aleen alejandra alejandrin alejandro alek aleksa ' +
  'aleksander aleksandra aleksi aleksy alena alene alenia aleodor aleramo alessa alessandra alessandro ' +
  'alessia alessio aleth aletha alex alexander alexandra alexandre alexandrea alexandrina alexandrine ' +
  'alexandro alexandros alexandru alexane alexanne alexe alexia alexie alexine alexis alexys alexzander ' +
  'aleya aleyna alf alfio alfons alfonsa alfonso alfonzo alford alfred alfreda alfredo algiso algu ali ' +
  'alia alica alican alice alicia alicja alida alienor aliette alighiero alika alima alimga alin alina ' +
  'aliou alioune alis alisa alisan alisha alisir alison alissa alissia alistar alivia alix aliya aliyah ' +
  'aliyu aliz aliza alize alka alkaboluk alkaevli alkan alkasi alkis allan allegra allene alliaume ' +
  'allie allison alma almerigo almila almine almira almire almiro alois aloise aloisio alok alondra ' +
  'alonzo aloyse alp alpagut alpamis alparsbeg alparslan alpata alpay alpaya alpaykagan alpbamsi ' +
  'alpbilge alpdirek alpdogan alper alperen alpertunga alpgerey alphan alphee alphonse alphonsine ' +
  'alphonso alpike alpilig alpinien alpis alpkara alpkuluk alpkutlu alpsalci alptegin alptugrul ' +
  'alptunga alpturan alptutuk alpulug alpurungu alpurungututuk alpyoruk alta altan altankagan altankan ' +
  'altay altea altemur althea althee altin altinkagan altinkan altinoba altintamgan altintamgantarkan ' +
  'altintarkan altintay altmiskara alton altuga alva alvah alvaro alvena alvera alverede alverta ' +
  'alviero alvin alvina alvis alvise alwar aly alya alyce alycia alysa alysha alyson alyssa alyssia ' +
  'alysson ama amabela amabile amac amadea amadeo amadou amady amahle amaka amalia amaliane amalie ' +
  'amalric amalthee amanda amande amandin amandine amando amani amant amante amanzio amar amara ' +
  'amaranaath amarande amaranthe amaranto amaresh amari amarnath amata amath amato amatore amauri amaya ' +
  'ambar ambra ambre ambrogio ambroise ambroisie ambrose ambrosiano ambrozy amdy amea amedee amedeo ' +
  'amedeu amelia ameliane amelie amelien ameline amelio amely amelya americo amerigo ameth amethyste ' +
  'ameyatma ami amico amie amiel amilcare amin amina aminat aminata aminte amintore aminu amira amish ' +
  'amit amiya amleto ammar amodini amogh amoke amon amone amope amore amos amparo ampelio amra amrak ' +
  'amrit amrita amritambu amul amy amya amza anaadi anabel anabela anabelle anacleto anael anaelle ' +
  'anagh anahi anahita anaida anais anala anamaria anamika anand ananda anandamayi anang ananta ananya ' +
  'anar anasooya anastacio anastase anastasia anastasie anastasija anastasios anastazja anasuya anatol ' +
  'anatole anatolia anatolie anca ancelin anceline ancilla ancuk ancuta anda andac andariman andeol ' +
  'anders andjelina andoche andra andrada andras andre andrea andreane andreanne andreas andree andreea ' +
  'andrei andrej andres andrew andri andrin andrina andromeda andrzej andy andzelika anele anemona ' +
  'aneta anette angadreme ange angela angele angelica angeliki angelina angeline angelique angelita ' +
  'angelos anggabaya anggun anghel anghelina angie angilbe angilberte angilran angoustan angus anh ' +
  'anibal anica anicee anicet aniceto anicette aniello anik anika anil anila anilaabh anilabh anina ' +
  'anish anisoara anissa anita aniya aniyah anja anjali anjaneya anjolaoluwa anjushree anjushri anka ' +
  'ankal ann-christin ann-marie ann-sofie anna anna-lena annabel annabell annabella annabelle ' +
  'annagrazia annalena annalise annamae annamaria annamarie annapurna anne anne-marie anneke anneli ' +
  'annelie annemarie annemijn annetta annette anni annibal annibale annie annika annikki annonciade ' +
  'annunziata anny anom anouar anouk ansaldo ansbert ansberte ansel anselme anselmo ansgar ansgary ' +
  'anshula ansley ansovino anstrudie antea antelmo antero anthelme anthelmette anthi antide antigone ' +
  'antim antimo antino antioco antoaneta antoine antoinette anton antone antonela antonella antonello ' +
  'antonetta antonette antoni antonia antonie antonietta antonin antonina antonine antonis antoniu ' +
  'antony antti antwan antwon anuar anuja anunay anuraag anurag anusuya anuta anwesha anya aoife apa ' +
  'apak apatarkan aphelie apollina apollinaire apollinare apollinary apolline apollo apollonia ' +
  'apostolos appia aprancur apsara apuleio aquilin aquilino ara arabella arabelle araboga araceli ' +
  'aracely arademir aral araldo arame aras aratone arbay arbuz arcadie arcadio archambaud archan ' +
  'archange archibald archie archimede archippo arcibaldo arcuk arda ardella arden ardic ardith ardito ' +
  'arduino arely aren aresio argelia argil argimiro argine argo argono argu argun argyro ari ariadna ' +
  'arialdo arian ariana ariane arianna ariberto ariboga aric aricie arie ariel ariele arielle arif arik ' +
  'arikagan arikdoruk arike arin arina arinc arindam arinola arion ariosto aris arisa aristarco ariste ' +
  'aristeidis aristeo aristide aristione aristita aristo aristofane aristotele arjun arkadiusz arkady ' +
  'arkin arkis arlene arlette arlie arlo armagan armance armand armande armandine armando armani armel ' +
  'armeline armelle armida armide armin armine arminio arnac arnaldo arnaud arnaude arne arnesh arno ' +
  'arnold arnoldo arnould arnulfo arolde aron arona aronne arpat arrigo arsal arsene arsenie arseniusz ' +
  'arsil arsinoe arsipatra arslan arslanargun arslanboru arslansungur arslantegin arslanyabgu arsun ' +
  'arta artanto artawan artemis artemisa arthaud artheme arthurine artiinal artuk artukac artur arturo ' +
  'artut aruk arun aruna arunthavanathan arved arvel arvid arvilla arwen arya aryan aryanna arystarch ' +
  'asa asake asan asanboga asantudun asantugrul asartegin ascanio ascelin asceline asdrubale asel ' +
  'asella asha ashlee ashleigh ashlesh ashley ashly ashlynn ashok ashton ashtyn asig asikbulmus asil ' +
  'asim asimodeo asirwada asirwanda asiya asja askin aslaug aslesha aslijan aslim asmadi asman asmianto ' +
  'asmuni asri assomption assunta assunto asta astalogul astarte asterie asterio astianatte astou ' +
  'astree astrid asuela asug asuk aswani asya ata atac atakagan atakan atalan atalay ataldi ataleo ' +
  'atalmis ataman atanasia atanasio atanazy atasagun atasu ataullah atberilgen atena athalie athanase ' +
  'athanasia athanasie athanasios athena athenais athina athos atif atigay atikutlu atikutlutas atila ' +
  'atilgan atilla atim atimer atinuke atis atli atlibeg atlikagan atma atmaca atmaja atmanand atmananda ' +
  'atreyee atreyi atsiz atta attila attilano attilio atuncu au aube aubertine auberto aubree aubrey ' +
  'aubry audace aude audebert audeline audie audouin audra audran audreanne audrey augusta auguste ' +
  'augustin augustina augustine augusto augustus aulia aure aurea aurel aurele aurelian aureliana ' +
  'aureliano aurelie aurelienne aurelio aurelle aurian auriane aurica auro auron aurore ausilia ' +
  'ausiliatrice ausilio austen austyn auxane auxence ava avadhesh avani avantika avar ave aveline ' +
  'averardo avery avigaelle avis avluc avni avoye avram avsar awa awero awesi axel axeline axelle ' +
  'axinte aya ayaci ayan ayana ayanda ayas ayaz aybalta ayban aybars aybeg aydarkagan aydemir ayden ' +
  'aydin aydinalp aydogan aydogdu aydogmus ayebatari aygirak ayhan ayinde ayinke ayitmis ayiz ayizdag ' +
  'ayize aykagan aykal aykan aykurt aykut ayla ayleen aylin ayluc ayluctarkan ayma ayman aymard ' +
  'aymardine aymeric aymon aymonde ayo ayodeji ayodele ayoka ayomide ayomikun ayotude ayoub ayren ayruk ' +
  'aysar ayse aysel aysil aysilig aytac aytak aytekin aytug ayu ayushmati ayvaz ayyildiz aza azak ' +
  'azalee azban azeglio azelia azelie azeline azelio azer azgan azganaz azil aziz azizhan azmi azra ' +
  'azubuike azzurra amer ba baaba baala baalaaditya baalagopaal baba babacan babacar babajide babasola ' +
  'babatunde babatunji babawale babette babila babir babur bac bacara baccayman bacco bach bacman ' +
  'badabul badr badruk badur bafana baga bagaalp bagaisbara bagan bagas bagasatulu bagatarkan ' +
  'bagatengrikagan bagatur bagaturcigsi bagaturgerey bagaturipi bagatursepi bagdagul bagis bagiya ' +
  'bagtas bagus bagya baha bahadir bahri bahtiyar bahula bahuraksa bahuwarna bahuwirya baidehi ' +
  'baijayanti bailee bailey bajragin bakagul bakary bakda baki bakiadi bakianto bakidin bakijan bakiman ' +
  'bakiono bakir bakirsokum baksi bakti baktiadi baktianto baktiono bakula bala balaaditya balaban ' +
  'balachandra baladitya balagopal balagovind balaka balakatay balamani balamantri balamir balangga ' +
  'balapati balazs balcar baldassarre balderico baldo baldomero baldovino baldu balgopal balidin ' +
  'balijan balin balint balkik balta baltaci baltar balthazar baltir baltur bambang bambina bamsi ' +
  'banara banawa banawi bancar bandhu bandhul banel bangizwe bangu banji bankim bankimchandra bankole ' +
  'banna bao baptiste barak baraktore baran barbarigo barbe barbeg barboga barbol barbro barbu ' +
  'barbulsun barca barcadogdu barcadogmus barcadurdu barcadurmus barcan barcatoyun bardibay bardo ' +
  'bardomiano bargan barimtay barin baris barkan barkdogdu barkdogmus barkdurdu barkdurmus barkin ' +
  'barlas barlibay barmaklak barmakli barnaba barnabas barnabe barrett barry barsaba barsbeg barsboga ' +
  'barsgan barsimeo barskan barsurungu bart bartholome bartimee bartolo bartolomea bartolomeo ' +
  'bartolomeu barton bartu bas basademir basak basan basanti basanyalavac basar basarab basat basbug ' +
  'basci basgan basile basileo basilia basilio basilisse baskin baskirt baskurt basmil bassiano ' +
  'bassilla bastar basti bastiaan bastian bastiano bastien bastugrul basu basut bathilde batilda batrak ' +
  'battal battista batu batuhan batuk batur baturalp baudouin bayancar bayankagan bayat bayazit baybars ' +
  'baybayik baybicen bayboga baybora baybure baydar baydemir baydur bayik bayincur bayindir baykal ' +
  'baykara baykoca baykuzu baylee baymunke bayna baynal baypure bayrac bayrak bayram bayri bayrin ' +
  'bayruk baysungur baytara baytas bayuncur bayur bayurku bayutmus bayuttu bazir bazyli beata beato ' +
  'beatrice beatrix beatriz beatrycze beaulah bebe beceapa beckem becky bedir bedirhan bediz bedran ' +
  'bedreddin bedri begarslan begbars begbilgeciksin begboga begcur begdemir begdilli begdurmus begi ' +
  'begil begine begitutuk begkulu beglen begni begtas begtegin begtuzun behcet behic behlul behram ' +
  'behrem behzat bek bekazil bekbekec bekec bekecarslan bekecarslantegin bekectegin beker bekir ' +
  'beklemis bektas bektur bela belcim belcir belek belemir belgi belguc belina belinda bella bellino ' +
  'belma beltir beltramo beltun ben bence bende bendeguz benedek benedetta benedetto benedict benedicte ' +
  'benedikt benedita benedykt benett bengi bengt bengu beniamin beniamina beniamino benice benicio ' +
  'benigna benigne benigno benito benja benjamim benjamin benli benlidemir bennet bennett bennie benno ' +
  'benny benoit benone bente benthe bentley benton benvenuta benvenuto benyamin bera beranger berangere ' +
  'berard berardo berat berceste bercin berdibeg berend berendey berengario berenice berginsenge bergu ' +
  'berinay berit berk berkan berkay berke berkin berkis berkyaruk bermek bernadetta bernadette ' +
  'bernadine bernard bernardo bernd berneice bernhard bernice bernie berniece bernita beronico berran ' +
  'berre bert berta bertalan bertha berthe bertille bertoldo bertolfo bertram bertrand berva besentegin ' +
  'beser besim besir besra bessie betania betemir beth bethany bethel betina betsy betta bette bettie ' +
  'bettina betty bettye beulah beuve beverly beyizci beyrek beyrem bhaanumati bhaasvan bhaaswar bhadra ' +
  'bhadrak bhadraksh bhadran bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati ' +
  'bharadwaj bharat bhardwaj bhargava bhargavi bhasvan bhaswar bhaumik bhavani bhaves bheeshma ' +
  'bhekimuzi bhekizizwe bhekumbuso bhilangana bhima bhisham bhishma bhoj bhoopat bhoopati bhooshan ' +
  'bhooshit bhramar bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio bianca ' +
  'bianka bibi bibiana bibianna bibiano biborka bice bicek bich bicki bickici bidin bigna bilal ' +
  'bilgebayuncur bilgebeg bilgeciksin bilgeisbara bilgeisbaratamgan bilgekagan bilgekan bilgekulucur ' +
  'bilgekutluk bilgetacam bilgetamgaci bilgetardu bilgetegin bilgetonyukuk bilgez bilgic bilgin bilig ' +
  'biligkongulsengun bilik billie bilva bilwa binbegi bindir bindo bineta binh bino binta bintou birane ' +
  'birgitta birgitte birino birjesh birol bishnu bisi bitaybiki bitri bjarne bjorn blair blaise blake ' +
  'blanca blanche blandine blanduzia blanka blathnaid blazej bo-young boaz bobbi bobbie bodhan bodhi ' +
  'bodi boet bogac bogacuk bogdan bogdana bogde boge boglarka bogu bohemond boi bokde boke bolanle ' +
  'bolatito boldaz boldizsar bolen bolmus bolsun bolukbasi bolun boluwatife bon bonagiunta bonaldo ' +
  'bonaventura bonavita boncuk bonek bonge bonginkosi bongul bongulboga bonifacio bora boran borbala ' +
  'borcul boris borlukcu bornak boroka bortecine bortolo boru borubars borusengun borys botond bouba ' +
  'boubacar boubou bouchard boyan boyankulu boyd boylabaga boylabagatarkan boylakutlutarkan bozan ' +
  'bozboru bozdogan bozkurt bozkus bozok braden bradford bradley bradly bradut brady braeden brahma ' +
  'brahmaanand brahmabrata brahmanandam brahmdev brajan brajen brajendra brajesh bram brancaleone ' +
  'brandi brando brandt brandusa brandyn brannon branson brant braulio braxton brayan breana breanna ' +
  'breanne brenda brendan brenden brendon brenn brenna brennan brennon breno brent bret brett bria ' +
  'briac brian briana brianne brice brid bridget bridgette bridie brielle brieuc brigid brigida ' +
  'brigitta brigitte brijesh brionna brisa britney britt britt-marie brittany brock broderick brody ' +
  'brooke bruce bruna brunehaut brunehilde brunilde bruto bryana bryant bryce brycen brygida bryon ' +
  'bucan buchi bucur budag budak buddhana budhil budi budunlu budus budustudun buford bugday bugduz ' +
  'bugduzemen buge bugra bugrakarakagan bugu bugubilge buhle bukak bukaktutuk bukduz buke bukebuyrac ' +
  'bukebuyruc bukey bukola buktegin bukusboga bulacapan bulah bulak bulan buldur bulent bulgak bulmaz ' +
  'bulmus buluc bulug buluk bulus bulut bumen bumin bunmi bunsuz bunul bunyamin burak burcak burdette ' +
  'bure burgucan burgut burhan burkay burkek burkut burley burluk burnice burslan burulday burulgu ' +
  'burunduk busayo busisiwe busra busulgan butak butuk buu buyan buyancuk buyandemir buyankara buyat ' +
  'buyrac buyruc buyruk buzac buzactutuk byron caba cabdar cabli cabus cade caden caesar caetana cafer ' +
  'cagak cagan cagatay cagdas cager cagil cagla caglar caglayan cagri cagribeg cagrihan cagritegin ' +
  'cagru cahid cahya cahyadi cahyanto cahyo cahyono caino caio caitlin caitlyn caius caket cakrabirawa ' +
  'cakrabuana cakrajiya cakrawala cakrawangsa calanico calapkulu calcedonio cale caleb calebe caleigh ' +
  'cali calin calista calixte callie callisto callum calogera calogero calpurnia calvin camelia ' +
  'camelien cameron camil camila camilla camille camillien camillo camren camron camryn camylle canalp ' +
  'candace candar candelario candice candida candide candido candra candrakanta canel caner cangul canh ' +
  'cankan cankiz cannur cansel cansin cansu cantemir cantidio canziano cao caoimhe capa capitolina ' +
  'capucine cara caraka carey caribert caridad carina carine carissa carl carla carlee carles carleton ' +
  'carley carli carlie carlijn carlo carloman carlos carlota carlotta carlton carmela carmella carmelo ' +
  'carmen carmina carminho carmo carola carolanne carole carolin caroline carolyn carolyne caronte ' +
  'carponio carrie carter carub cas casandra casey casian casiana casilda casimer casimir casimira ' +
  'casimiro caspar cassandra cassandre cassiano cassidy cassie cassien cassio cassiopea casto cataldo ' +
  'cataleya catalin catarina catena caterina cathal catharina catharine catherine cathrine cathryn ' +
  'cathy catinca cato catrin catrina catrinel catullo catur caturangga caua cavid cawisadi cawisono ' +
  'cawuk cayadi cayla cazimir ceasar cebe cecco cecelia cecep cecil cecile cecilia cecilie cecilio ' +
  'cecylia cecyliusz cedric cedrick cedrik cedrin celal celaleddin celasun celen celeste celestin ' +
  'celestine celestino celia celien celik celil celina celine celinia celso cem cemal cemali cemani ' +
  'cemen cemeti cemgen cemil cemplunk cengkal cengkir cenk cerasela ceren cesaire cesar cesare cesario ' +
  'cesminaz cetin cetinel cetiner cevahir cevat ceyda ceyhun ceykun ceyla ceylan ceylin ceylinaz cezar ' +
  'cezara cezary cezmi chaanakya chaaruchandra chadd chadrick chaim chaitan chakor chakradhar ' +
  'chakravartee chakravarti chakrika chan chanakya chanda chandak chandan chandani chandi chandini ' +
  'chandira chandni chandra chandraayan chandrabhaga chandrabhan chandradev chandrakala chandraketu ' +
  'chandrakin chandramani chandramauli chandramohan chandran chandranath chandrani chandraprabha ' +
  'chandraswaroopa chandravati chanel chanelle chanh chantal chao chapal chapala charak charalabos ' +
  'charalambos charl charlaine charleen charlemagne charlene charley charli charlie charline charlotta ' +
  'charuchandra charumati charuvrat charvi chasity chaten chatur chatura chaturaanan chaturbhuj chau ' +
  'chauncey chaya chayenne chaz che cheikh cheikhou chekhouna chelsey chelsie chen cherechi cherif ' +
  'cherubino cheryl chesley chester chet chetan chetanaanand cheyanne chiaffredo chiamaka chiara ' +
  'chidaakaash chidaatma chidambar chidambaram chidananda chidi chidinma chien chieu childebert ' +
  'chilperic chimamanda chinedu chinh chinmayanand chinmayananda chinonso chinwe chinyere chioma ' +
  'chiranjeev chiranjeeve chisom chitraksh chitrali chitramala chitrangada chizoba chloe chretien chris ' +
  'christ christa christelle christer christiaan christiana christiane christiano christie christin ' +
  'christina christine christodule christoffer christop christoph christophe christopher christos ' +
  'christy chrysa chrysole chrysostome chrysoula chuan chukwu chukwudi chukwuemeka chun chung chuong ' +
  'chuyen chyna cian ciaobella ciara ciaran cicek cicem cici cielo cierra cigdem cigil cihad cihan ' +
  'cihangir cihansah cilasun cilay cilenti ciler cillian cilvenaz cimen cindy cingir cino cinta cinthia ' +
  'cinzia ciprian cipriana cipriano cirano ciriaco cirilla cirillo cirino ciro cise cisem cisil ' +
  'citlalli citra civan claas claes clarabelle clarence clarenzio clarisa clarissa clarisse claud ' +
  'claude claudia claudie claudien claudine claudio claudiu claus clayton clea cleandre cleandro clelia ' +
  'clelie clemence clemens clementina clementine clemenzia clemmie cleo cleofe cleonico cleopatra ' +
  'cleora clery cleta cletus cleve clifford climaco clinio clint clinton clio clodagh clodomiro ' +
  'clodoveo cloe clorinda clotaire clotilde cloyd clyde co cobulmak coby coco cocukboru codin codrin ' +
  'codrina codrut codruta cody coen cointa cokramayul colby cole coleman colin coline colins collien ' +
  'collin colm colman colmanno colmazio colomba colombano colombo colpan colten colu conceicao ' +
  'concepcion concetta concetto conchita concordio cong conner connie connor conor conrad consolata ' +
  'constanca constance constanta constantin constantina consuela consuelo cora coralia coralie coraline ' +
  'corbin corbiniano cordelia cordell cordia cordie corene coreno corentin corentine corey corina ' +
  'corine corinna corinne coriolano cormac cornel cornelia cornelio cornelis corneliu cornelius cornell ' +
  'coronato corrado corrine cortez cortney corvin cory cosima cosimo coskun coskuner cosma cosmin ' +
  'cosmina costache costante costantino costanza costanzo costel costin coty coumba courtney craig ' +
  'cremenzio crenguta creola crescente crescenzia crescenzio crespignano crin crina crispino cristal ' +
  'cristaldo cristea cristian cristiana cristiano cristina cristobal cristofor cristoforo cristopher ' +
  'crocefissa crocefisso cronida crystel csaba csanad csenge csongor cubeyr cuc cullen cumhur cunegonda ' +
  'cuneyt cung cuniberto cuong cupido curtis cuzia cydney cynthia cyprien cyra cyriaque cyrielle cyril ' +
  "cyrille cyrus cyryl d'angelo d'arc daan daantje dac dacian daciana daciano dacin dacio dadap dadi " +
  'daevi daevika dafina dafne dagel daghan dagmar dagoberto dai daiana daija daisha daisuke daiwik ' +
  'daksha dakshayani daley dalia dalida dalila dalima daliman dalimin daliono dallin dalmazio dalton ' +
  'damar damaris damaso damayanti dameon damian damiana damiano damien damife damilare damilola damin ' +
  'damion damla damocle damodara damola damon damu dan dana danai danang dandak dandapaani dandre dane ' +
  'dang dangelo danh dani danial daniel daniela daniele daniella danielle danika danilo danio danique ' +
  'daniswara danjuma dannie danny dante danu danuja danyka dao daouda daphne daphnee daphney dapo dara ' +
  'darasimi darby darcy daren daria darian dariana dariati darien darijan darimin darin dario darion ' +
  'daris darius dariusz darla darleen darlene darmaji darman darmana darmanto darnell daron darragh ' +
  'darrel darrell darren darrick darrin darrion darron darryl darshan darshwana darsirah dartono daru ' +
  'daruna darwin daryani daryl dasa dashawn dasia dat datta dave daver davey davi david davide davin ' +
  'davina davino davion davon davonte davud davy dawid dax dayaamay dayaananda dayaanidhi dayamayee ' +
  'dayana dayna dayne dayo dea deangelo deanna debbie debora deborah debra decebal decimo declan dedric ' +
  'dedrick dee deeksha deen deenabandhu deepak deepali deepan deepankar deependra deepesh deeptanshu ' +
  'deeptendu deeptiman deeptimay deeptimayee deeptimoy deeptimoyee deevakar defne degna deion deirdre ' +
  'deja dejah dejon dejuan del delaney delbert delfina delfino delia delilah delinda delizia della ' +
  'delmer delores delpha delphia delphin delphine demarco demarcus demario demba demet demetra demetria ' +
  'demetrio demetris demetrius demetriusz demi demilade demiralp demirhan democrito demond demostene ' +
  'dena deneval denis denisa denise denisz deniz denizalp dennis denny deodata deodato deon deondre ' +
  'deontae deonte dereck derek derick derin deron dervis dervla derya desdemona deshaun deshawn ' +
  'desiderato desiderio desiree desmond despina despoina dessie destan destany deste destin destinee ' +
  'destiney destini dev devadatt devagya devajyoti devak devan devangana devani devante devasree devdan ' +
  'deven devesh deveshwar devi devika devin devonte devota devran devvrat devyn dewayne dewey dewi ' +
  'dewitt dex dexter dexx dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh ' +
  'dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar diah ' +
  'diamante dian diana diane dianna dianne dianora diar diara diarmuid diarra dicle diclehan dida didem ' +
  'didier didimo didina diede dieke diem dien diep dieu dieudonne dieudonnee dieynaba digambar ' +
  'digambara digdaya dikmen diksha dilan dilara dilaver dilay dilberay dildar dilek diler diletta ' +
  'dilhan dillan dillon dilruba dimas dimaz dimitra dimitri dimitrina dimitrios dimitris dina dinakar ' +
  'dinc dincer dinda dinesh dinh dinis dinkar dino dinu diocleziano diodata diodoro diogene diogo ' +
  'diomede dion dione dionigi dionisia dionisio dionizy dionysios dior dipa dipali dipankar dipendra ' +
  'dipesh diptendu direnc diri dirja ditte-marie ditya divaakar divakar divjot divo divya dixie dizik ' +
  'djayden djenna djibril doan doanh dochia doda dodato dogan doganay doganer dogu doina dolores ' +
  'dolunay domenic domenica domenick domenico domenik domezio domingo dominic dominick dominik ' +
  'dominique domiziano domnica donal donald donat donata donatella donatello donato donavon dondu ' +
  'dongha donna donnell donnie donny dono dora dorcas doreen dorel dorian doriana doriane doriano dorin ' +
  'dorina dorine dorinel doris dorit dorka dorli dorota dorotea doroteo dorothea dorothee dorothy ' +
  'dorottya dorris dortha dorthe dorthy doru douce doug douwe dovie doyinsola doyle draga dragos drajat ' +
  'draupadi dron drona druina dua duane duanne duarte duc duccio duco ducu dudley duduzile duilio ' +
  'dulari dulce dulina dumisani dumitra dumitrana dumitru duncan dundar dunya duong durante durdane ' +
  'durga durgeshwari durmus durodola durriye duru dururbunsuz durward dustin duuk duy duyen duyet duygu ' +
  'dwaipayan dwaipayana dwayne dwi dwight dyah dylan dylano eabha eamon eamonn earlene earline ' +
  'earnestine easton ebba ebe ebele eberardo ebere ebiere ebin ebiowei ebkizi ebren ebru ebuka ' +
  'ebunoluwa ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel ecrin ecvet eda edd edda eddi eddie ' +
  'ede edelberga edgar edgard edgardo edhem edi edil edilberto edison edith editta ediz edmee edmondo ' +
  'edmund edna edoardo edouard eduard eduarda eduardo edvige edvin edwardo edwin edwina edyta edyth ' +
  'edythe eef eefje eekalabya eero eeva efe effie efisio efken eflah efraim efrain efrem efren ' +
  'efstathios efsun eftalya efthymios eftimia eftimie eftychia ega ege egemen egeo egidio eginardo ' +
  'egisto egizia egle egrim eila eileen eilis eimear einar eino eirik eirini eja ejike eka ekaaksh ' +
  'ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekec ekim ekin ekmel eko ekow ekrem ekundayo ela ' +
  'eladio elaide elaina elaine elakshi elanur elbert elcin elda eldon eldora eldred eldridge elea ' +
  'eleanor eleanora eleanore eleazar electa eleftherios elena elene eleni elenor elenora eleonora ' +
  'eleonore elettra eleuterio eleuthere elevtherios elfrieda eli elia eliabeth eliah elian eliana ' +
  'eliane eliano elias eliasz elie eliezer elif elifio eligio elija elijah elimena elin elina eline ' +
  'elinor elinore elio eliodoro elion eliona elisa elisabet elisabeta elisabeth elisabetta elisaveta ' +
  'elise elisea elisee eliseo elisha elisio elissa elita eliza elizabet elize elkin ella elle ellen ' +
  'ellen-margrethe elli ellie elliott ellis ellsworth elly elma elmas elmer elmira elmo elmore elna ' +
  'elnora eloa elodia elodie elody elogio eloisa eloise elon elouise eloy elpidio elroy elsa elsbeth ' +
  'elsie elta elti elton eluh elva elvan elvera elvezio elvia elvie elvin elvina elvino elvira elvis ' +
  'elwin elwira elwyn elyas elynn elyse elyssa elza elzbieta elzear ema eman emanoil emanuel emanuela ' +
  'emanuele emanuelly emanuil emas embuh emced emeka emel emelia emelie emeline emely emerance ' +
  'emerencie emeric emerson emese emidio emie emiel emil emile emili emilia emilian emiliana emiliano ' +
  'emilie emilija emilio emily emin emine emirhan emma emmalee emmanouil emmanuel emmanuelle emmelie ' +
  'emmely emmerico emmet emmett emmi emmie emmitt emmy emong emory empirio empluk emrah emre emrullah ' +
  'ena enakshi enda endah ender enderun endra endrigo enea enecone enes engin enguerrand enie enimia ' +
  'enio eniola enis enise enna ennio enno enoch enola enos enrica enrico enrique ensar ensio enteng ' +
  'enver enya enyo enzo eoin ephraim epiphane eracla eraclide eraldo eralp erardo erasmo erast eray ' +
  'erberk erberto ercan ercin ercolano ercole ercument erda erdal erdem erdeni erdenikatun erdeniozuk ' +
  'erdinc erel eremia eren erenia erentuz ergene ergenekatun ergin ergun erguner erhan eriberto eric ' +
  'erica erich erick ericka erico erik erika erin erinc erkam erkan erke erkki erling erma erman ' +
  'ermanno ermelinda ermen ermenegarda ermenegilda ermenegildo ermes ermete ermilo erminia erminio erna ' +
  'ernest ernesta ernestina ernestine ernesto ernie ernst erol eron eros ersan ersilia ersin ertan ' +
  'erten ertenozuk ertugrul ervin erwin eryn esat esau esben esen esenbike eser esha eshana eshita esi ' +
  'esin esma esmee esmeralda esmeray espen esperanza esra esref esse essie esta esteban estefania estel ' +
  'estela estell estella estelle estera esterina esther estiawan estiono estrella esuperio esupofo ' +
  'eszter eterie etha ethan ethel ethelyn ethem ethyl etienne etil ettie ettore eubert euclide eudes ' +
  'eudokia eudoksja eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio eufrosina eugen ' +
  'eugenia eugenie eugenio eugeniusz eula eulah eulalia eulalie euna eunice eunji euphrasie euridice ' +
  'eusebe eusebia eusebie eusebio eusebiu euseo eustache eustatiu eustorgio eustosio eustracjusz ' +
  'eutalia eutalio eva eva-maria evaldo evalyn evan evandro evangelia evangelina evangeline evangelos ' +
  'evanghelina evans evariste evaristo evasio evelien eveliina evelin evelina eveline evelyn evelyne ' +
  'everardo everette evert evi evidio evie evin evodio evran evrard evremondo evren evsen evstathios ' +
  'evy ewa ewald ewatomi ewelina ewell eyiz eylul eymen eyram eysan eyup ezechiele ezekiel ezequiel ' +
  'ezio ezra ezrak faas fabia fabian fabiana fabiano fabien fabienne fabio fabiola fabrice fabricia ' +
  'fabricio fabrizio fadekemi faderera fadil fadime fae fahrettin fahri fahriye fahrunissa faik faisal ' +
  'faizah falba falih falk famiano famke fanni fannie fanta fantin fantine fanyana fara farah fardau ' +
  'farhunnisa faris faruk fasih fathonah fatih fatim fatima fatimata fatin fatma fatos fatou fatoumata ' +
  'fausta faustine faustino fausto favian fay faya faye fayen fayenne faysal fazil fazilet fazio fazli ' +
  'fazullah feargal febe febi febriana febrina feda fedai fedde fedele federica federico fedro fehime ' +
  'fehintola fehmi fei felice felicia feliciano felicie felicita felicitas felicite feliks felina ' +
  'felipa felipe felix felton femi femke femm feng fenja fenna fenne ferah feramus feramuz feray ferda ' +
  'ferdi ferdinand ferdinando ferdynanda ferenc fergal ferhan ferhat feride feridun feriha ferit ferman ' +
  'fermiano fermin fermo fernanda fernando ferne ferre ferruccio ferruh festo fevzi feyyaz feyza ' +
  'feyzullah fiachra fiacre fiadh fiammetta fibikemi fidan fidel fidele fidenziano fidenzio fieke fien ' +
  'fiene fiep fiete figen fiifi fikayomi fikret fikri fikriye filemon filiberto filip filipa filipe ' +
  'filippa filippo filiz filofteia filomena filomeno filou fily finia finja finlay finley finn finnja ' +
  'finnley fiodor fiona fionn fionnuala fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firdevs ' +
  'firmin fitri fitria fitriani flaminia flavia flaviana flaviano flavie flavien flavio flaviu fleano ' +
  'fleta fletcher fleur flo floare floarea flodoard floortje flor flore florea florencia florencio ' +
  'florencja florent florenta florentin florentina florentine florestan florian floriana floriano ' +
  'florica floridia florie florina florine floris flossie floy floyd flurin flurina flynn foca ' +
  'folafoluwa folake folashade folco folu forrest fortunata fortunato fortunee fos fosca fosco foss ' +
  'foteini fotini fotios foulques fran franca francesca francesco francette francia francine francis ' +
  'francisc francisca francisque franciszek franciszka franco francois francoise franka frankie franz ' +
  'franziska fred freda freddie freddy frederic frederica frederico frederik frederike frederique ' +
  'fredrick fredrik fredy freeda freek freida freja frenkie freya frida frido fridolin frieda ' +
  'friederike friedrich fritz frontiniano frusina fruzsina fryderyk fuat fulbert fulberto fulcran ' +
  'fuldem fulden fulgence fulgenzio fulvia fulvio fulya funani funda funmi funmilade funmilayo fureyya ' +
  'furio furkan furman furseo furuzan fuscolo fusun fuzuli fynn gabe gabi gabin gabino gabor gabriel ' +
  'gabriela gabriele gabriella gabrielle gada gadang gading gadis gaduh gael gaelle gaetano gaffar ' +
  'gaglioffo gaia gail gaiman gaio gajaadhar gajabahu gajadhar gajbaahu galak galang galar galatea ' +
  'galdino galeazzo galfryd galih galileo galiono gallicano galuh galur gaman gamani gamanto gambira ' +
  'gamblang gamze ganak ganaka ganapati ganda gandewa gandharv gandharva gandi gandolfo ganep ganesh ' +
  'ganesha gangesh gangsa gangsar ganjaran gantar gara garan garance garang garba garda gardner garett ' +
  'garfield garimberto garnett garnier garrett garrick garry garth garud garuda gaspar gaspard gaspare ' +
  'gasti gaston gastone gati gatien gatik gatot gatra gatsha gaud gaudenzia gaudenzio gaudino gauraang ' +
  'gaurang gauranga gaurav gautam gautama gautami gautier gautiero gavin gavino gawati gayatri gaye ' +
  'gayle gazanfer gazi gbadebo gbeminiyi gbemisola gbenga gbolahan gbowoade geanina gedeon gedeone ' +
  'geeta geetanjali geir gelila gelin gelincik gellert gelsomina geltrude gelu gemine gemini geminiano ' +
  'gemma gencer generosa generoso genesia genesio geneva genevieve gennaro genoveffa genoveva genta ' +
  'gentiana genziano geo geoffrey geoffroy georg georgel georges georgeta georgette georgian georgiana ' +
  'georgianna georgina georgios geovanni geovanny geovany gerald geraldine gerard gerardo gerasimo ' +
  'geraud gerazym gerberge gerbert gerda geremia gergely gergo gerhard gerino germain germaine german ' +
  'germana germano gerolamo geronimo geronzio gerrit gerry gerson gertrud gertruda gertrude gervais ' +
  'gervasio gesualdo geta gevheri ghaliyati ghanaanand ghanashyam ghani ghanshyam ghenadie gheorghe ' +
  'gheorghita gherardo gherghina ghislain ghita gia giac giacinta giacinto giacobbe giacomo giada ' +
  'giadero giambattista gian gianbattista giancarlo giandomenico gianfranco giang gianina gianluca ' +
  'gianluigi gianmarco gianmaria gianmario gianna gianni giannis gianpaolo gianpiero gianpietro ' +
  'gianuario giao giap giasone gibran gica gicu gideon giel gifty gigi gigliola gijs gil gilang ' +
  'gilberto gilda gildo giles giliola gilles gillian gillo gina gineto ginevra ginewra gino gioacchina ' +
  'gioacchino giobbe gioberto gioconda giocondo gioele gioia gion giona gionata giordano giorgia ' +
  'giorgian giorgiana giorgio giorgos giosue giosuele giotto giovani giovanna giovanni giovanny giove ' +
  'gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj giriraj girish ' +
  'girja girolamo gisela gisele gisella gislebert gisselle gita gitanjali gitte giuda giuditta giulia ' +
  'giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta giustiniano giusto giyas gizem ' +
  'gladyce gladys glauco glenda glenn glenna glennie gloria gobinda godeberta godfrey godiva goffredo ' +
  'gokalp gokben gokboru gokce gokcegol gokcen gokcicek gokhan gokmen goknur goksin golda golia ' +
  'gomberto gonca goncalo gondebaud gondulfo gonenc gonerio gongor gonsalwy gonthier gontran gonul ' +
  'gonzaga gonzague gonzalo gopaal gopal gopee gopi gorakhanatha gorakhnath goran gordiano gordon ' +
  'gorkem gorun gosto goswamee goswami gottardo gottfried gotum gouranga goutam govinda gozde graca ' +
  'gracie graciela graciliano gracja grady graham grainne granville gratian gratiana gratiela grato ' +
  'grayce grayson grazia graziana graziano graziella greg gregg gregoire gregor gregoria gregorian ' +
  'gregorio gregory greta gretchen greyson grigore grigorios grimaldo griselda grover gry grzegorz ' +
  'guadalupe gualberto gualtiero guang gubio gudakesa gudakesha gudrun guelfo guenda guendalina ' +
  'guenievre guerin guerrino guglielmo guher gui guiberto guido guilhemine guilherme guillaume ' +
  'guillemette guillermina guillermo guirong guiscardo guiseppe guiying gul gulbahar gulben gulcin ' +
  'guldem gulden guldeste gulegen gulemen gulen guler gulgun gulhan gulnaz gulpembe gulriz gulsen ' +
  'gultekin gulumser gumesindo gumus gunay guncicek gundelinda gundogdu gundogmus guner gunes gungor ' +
  'gunilla guniz gunnar gunnel gunnur gunsel gunseli gunyaruk gurbuz gurcan gurdal gurdev gurhan gurkan ' +
  'gurol gursel gus gussie gustav gustave gustavine gustavo guus guusje guven guvenalp guvercin guyot ' +
  'guzey gwen gwenaelle gwendolyn gwido gyorgy haakon habbab habib habiba habil haby hac hacib hadi ' +
  'hadley hafi hafid hafiz hafsa hafshah hagen hai hailee hailey hailie hairyanto haiyan hakan hakem ' +
  'haki hakim hakki hakon hal haldun haleigh haley halie halil halim halima halis halit halle hallie ' +
  'haluk halvard hamdi hamdullah hami hamidou hamima hamish hamit hammad hamsini hamza hamzah hana ' +
  'handan hande hanefi hanga hanh hani hanife hanna hannabel hannah hanne hannele hannes hanno hannu ' +
  'hans hans-peter hans-rudolf hans-ulrich hansjorg hanspeter hansruedi hansueli hao haoran haralamb ' +
  'haralambie harald hardana hardi hardouin hari harimurti harinakshi harinarayan haris harish harit ' +
  'harita harja harjasa harjaya harjo harley harmon harold harper harriet harrison harsana harsanto ' +
  'harsaya hartaka hartana harto haruka harun haruto harvey hasan haseki hasibi hasim hasin haskell ' +
  'hasmet hasna hassan hassie hasta hatem hatice hatip hattab hattie hau hauke hauwa hava hawa hayal ' +
  'hayali hayat hayati haydar hayden haylee hayley haylie hazan hazar hazim hazle heber hedda hedelin ' +
  'hedi hedvig heema heidi heikki hein heinrich heinz heitor helder helen helene helga helier helin ' +
  'helio helle hellen helmer helmut heloisa heloise hendra hendri hendrik hendrika heng hennes henning ' +
  'henri henrick henrie henrieta henrietta henriette henrik henrike henrique henryk henryka heracleea ' +
  'herbert herluin herman hermann hermenegildo hermina hermine herminia herminio hernan hershel herta ' +
  'hertha heru herve heryanto hester hesti hettie hicabi hidaya hidde hien hiep hieronim hieu hifzi ' +
  'hikmet hilaire hilal hilario hilarion hilary hilbert hilda hildebert hildegard hillard hillary hilma ' +
  'hilmi hilton himadri himani himawan himmet hincmar hipolit hipolito hippolyte hira hiram hiranmay ' +
  'hiranmaya hiranya hiroshi hisam hizir hlengiwe hoa hoai hoan hoang hoat hobart hoi holden hollie ' +
  'hollis homero honore honorine horace horacio horacy horatiu horea horia hortense hortensia hosea ' +
  'howard howell hoyt hua huan hubert huccet hud huda hudavendigar hudayi hudson hugh hugo hugues ' +
  'huguette hui hulda hulki hulusi hulya huma humaira humayun humberto humeyra huner hunor huong hurkan ' +
  'hursit husameddin husamettin huseyin husnu husrev hussein huu huub huy huyen huynh huzeyfe hy ' +
  'hye-jin hyejin hyman hyun iacob iacopo iacopone iago ian iancu ianira ianis iasmina ib ibidapo ' +
  'ibironke ibou ibra ibrahim ibrahima ibrani ibukunoluwa ibun ica icaro icha icie icilio iclal ida ' +
  'idell idella idil ido idowu idris idrissa idy ieremia ifa ifeanyi ifeanyichukwu ifeoluwa ifeoma ' +
  'iffet ifunanya ige iginia iginio igino ignacio ignacy ignatius ignazio igor ihsan ihvan ika ikbal ' +
  'ike ikechukwu ikeme ikenna ikeoluwa iker ikhidie ikhsan ikicitoyun ikin ikrime ila ilacin ilai ' +
  'ilaria ilarie ilario ilarion ilay ilayda ilbey ilbilge ilda ildebrando ildefonso ildegarda ildegonda ' +
  'ildike ileana ilene ilenia ilgegu ilgin ilhami ilhan ilia ilian iliana ilias ilie ilinca ilja ilkay ' +
  'ilkben ilke ilker ilknur ilksen ilkyaz illidio illuminato ilmari ilona ilsa ilse ilva ilyas ima ' +
  'imani imelda imge imke immacolata immacolato immanuel imogen imogene imoleoluwa imran imre imrem ina ' +
  'inanc inara inaya inci incoronata indah inder indira indra indro indy ines inez inga inger ingrid ' +
  'ingvild inioluwa inka inkeri innocente innocenty innocenza innocenzo inocentiu insa intan inyoni ' +
  'ioan ioana ioanina ioanna ioannis iolanda iole iona ione ionel ionela ionelia ionica ionne ionut ' +
  'iorio iosefina iosif ipek ippocrate ippolito ira irawati irem iremide irena irene ireneo ireneusz ' +
  'ireti iretioluwa irfan iriana iride iridenta irina irinc irinckol irinel irini irma irmak irmeli ' +
  'irmina irnanto irsad irtis irvin irwan irwin isa isaac isabeau isabel isabela isabell isabella ' +
  'isabelle isabelly isac isacco isadora isadore isai isaia isaiah isaias isak ischirione ise iseoluwa ' +
  'iseult ishaan ishola iside isidora isidore isidoro isidro isig isik isil isilay isin isiner isioma ' +
  'isis isisa isla ismael ismaele ismail ismaila ismerie ismet isobel isom isotta isra issa issac ' +
  'istvan italia italo itil itir itri itunuoluwa itzel iulia iulian iuliana iuliu iurie iustin iustina ' +
  'iustinian iva ivah ivan ivanna ivano ivanoe ivar iven ivetta ivo ivona ivone ivonne iwan iyabode ' +
  'iyadunni iyanuoluwa iyik iyiktag iyinoluwa izaak izabela izabella izaiah izajasz ize izel izolda ' +
  'izydor izzet izzettin izzy jaakko jabal jabari jabulile jace jacey jacinthe jackeline jackie jacklyn ' +
  'jacky jaclyn jaco jacob jacoba jacobo jacobus jacqueline jacquelyn jacques jacynthe jada jaden ' +
  'jadesola jadon jadwiga jadyn jaeden jael jaelynn jaeman jaga jagadish jagadisha jagapati jagaraga ' +
  'jagathi jagdeep jagdish jagmeet jahnu jai jaida jaiden jailey jailyn jaiman jaime jaimini jaimy ' +
  'jairo jais jaivey jaka jakayla jake jakob jakub jakubina jale jaleel jalen jalon jalou jalyn jamaal ' +
  'jamal jamalia jamar jamarcus jamel jameson jamey jamie jamil jamila jamir jamiro jamison jammie ' +
  'jan-erik jana janae janaina jane janek janelle janessa janet janeta janice janick janie janin janina ' +
  'janine janis janiya janka janna janne jannek jannes janni jannie jannik jannis jano janos janosch ' +
  'janusz jany japhet jaquan jaquelin jaqueline jara jared jaren jari jarle jarne jarno jaro jarod ' +
  'jaron jarrell jarret jarrett jarrod jarvis jarwa jarwadi jarwi jasen jasin jasmani jasmijn jasmin ' +
  'jasmina jason jaswadi jati jatmiko jaunita javas javi javier javon javonte jax jaxon jaxx jaya ' +
  'jayadi jayce jaycee jayda jayde jayden jaydon jayeng jaylan jaylano jaylen jaylin jaylinn jaylon ' +
  'jayme jayne jayson jayvano jazlyn jazmin jazmyn jazmyne jazzlyn jazzlynn jean jean-baptiste ' +
  'jean-claude jean-daniel jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie ' +
  'jean-paul jean-pierre jeana jeanette jeanie jeanne jeannel jeannette jeannie jeannot jed jedediah ' +
  'jedidiah jef jeff jefferey jeffery jeffrey jeffry jefri jefta jehanne jelita jella jelle jelmer ' +
  'jelte jena jenel jenifer jenna jennie jennifer jennings jenny jennyfer jens jensen jente jeppe jerad ' +
  'jerald jeramie jeramy jerel jeremi jeremiah jeremias jeremiasz jeremie jeremy jermain jermaine ' +
  'jermey jerod jerome jeromy jeronimo jerrell jerrod jerrold jerry jerzy jesper jess jesse jessica ' +
  'jessie jessika jesslyn jesslynn jessy jessyca jesus jett jette jettie jevon jewell ji-hoon jia ' +
  'jiahao jian jianguo jianhua jiawei jiayi jidde jie jiho jihoon jil jill jillian jim jimena jimi ' +
  'jimmie jinawi jindra jing jinhua jinte jinthe jip jisoo jitender jitendra jiwoo jo joachim joah ' +
  'joakim joan joana joanie joann joanna joanne joannie joanny joany joao joaquim joaquin joas jocelyn ' +
  'jocelyne jodi jodie jody joe joel joelina joeline joelle joep joes joesph joey johan johann johanna ' +
  'johanne johannes johathan johnathan johnathon johnnie johnny johnpaul joko jolanda jolayemi joleen ' +
  'jolie jolien jolijn jolin jolina joline jon jona jonah jonas jonatan jonathan jonathon jonna jono ' +
  'jonte joojo joost jop jordane jordi jordon jordy jordyn jorg jorge jorgen jorin joris jorn jorrit ' +
  'jort jorunn joscha joschua josef josefa josefien josefin josefina josefine josep josephin josephine ' +
  'josette joshua joshuah josiah josiane josianne josie josse josselin josua josue josy jourdain jovan ' +
  'jovani jovanny jovany jovin joya joyce jozef jozefina jozsef jozue juana juanita juda judah judd ' +
  'jude judicael judith judson judy judyta juha juhani juho jukka jula julan jule jules juli julia ' +
  'julian juliana juliane julianne julide julie julien juliet julieta juliette julika julina julio ' +
  'julita julius juliusz jumadi jumari jun juna junayd junius junjie juno jur jurg juri jurre jusra ' +
  'juste justen justin justina justine juston justus justyn justyna jusuf juul juvenal juwan juwon ' +
  'jyoti jyotis jyotsana kaan kaarina kaat kabil kacey kaci kacie kacper kacung kade kadem kaden kader ' +
  'kadi kadiatou kadin kadir kadrican kadriye kaela kaelyn kagan kagiso kai kaia kailash kailee kailey ' +
  'kailyn kairav kaisa kaitlin kaitlyn kaito kaj kaja kajen kala kalea kaleb kaleigh kalender kalervo ' +
  'kalevi kaley kali kalidou kalim kalinda kalistrat kalle kallie kalliopi kalpana kalyani kama kamal ' +
  'kamala kamalesh kamaria kambali kamber kamelya kameron kamidin kamil kamila kamile kamilla kamille ' +
  'kamla kamlesh kamran kamren kamron kamryn kamuran kanak kanaka kanchan kanci kanda kane kani kania ' +
  'kanishka kannan kannen kanti kapgar kara karaca karahan karak karam karan kardi kareem karelle karen ' +
  'kargilac kari kariane karianne karim karimah kariman karin karina karine karja karl karl-emil ' +
  'karl-heinz karl-johan karla karlee karley karli karlie karligac karlijn karlo karlotta karman karna ' +
  'karol karolann karoliina karolina karoline karsa karsana karson karta karthik kartik kartika ' +
  'karunanidhi karya kasandra kasey kashyap kashyapi kasim kasiran kasiyah kasper kassandra kasusra ' +
  'katariina katarina katarzyna kate katelin katelyn katelynn katerina katharina katherine katheryn ' +
  'kathleen kathlyn kathrin kathrine kathryn kathryne kathy katie katja katlyn katlynn kato katrin ' +
  'katrina katrine katryn kattie katun katunkiz katy kavon kavya kawaca kawaya kay kaya kayaalp kayacik ' +
  'kayca kaycee kayden kayla kaylah kaylee kayleigh kayley kayli kaylie kaylin kaynak kayode kayra ' +
  'kayun kazanc kazim kazimierz kazkatun kazuki ke keagan keano keanu keara keaton keba keegan keeley ' +
  'keely keenan keerti kees keet kehinde keira keisha keith keji kekik keklik kelechi keles kellen ' +
  'kelley kelli kellie kelly kelsi kelsie kelton kelvin kemal kemalettin kemba kemi kenan kenari kende ' +
  'kendra kendrick kenes kenji kenna kennedi kennedy kenneth kennith kenny keno kensi kenta kenton ' +
  'kenyatta kenyon kenza kenzie kenzo keon kepez keramet kerami kerem keremsah kerim kerstin keshaun ' +
  'keshawn kesme kessaf keven kevin kevon kevser keyan keyken keyon keyshawn kezia kezlik kgabu kha ' +
  'khac khadidiatou khadija khadim khady khai khalid khalifa khalil khang khanh khanyisile khe khethiwe ' +
  'khiem khiet khieu khoa khoan khoat khoi khoudia khuc khue khulekani khuong khuyen kian kiana kiandra ' +
  'kianna kiano kiara kiarra kiel kiem kien kiera kieran kiet kieu kikelomo kiki kiley kilian killian ' +
  'kimberly kimi kimiz kimizalma kimizalmila kimizin kimo kincso kine kinga kinh kip kira kiran kirana ' +
  'kiraz kircicek kirgavul kirk kirlangic kirsten kirstin kirti kivanc kivilcim kiyan kiymet kizdurmus ' +
  'kizilalma kjeld kjell klaas klara klarencjusz klaudia klaudiusz klaus klea kleber klemens klementyna ' +
  'kleopatra knut kobe koby kody koen kofi kojo koko koksal kolawole kolby kole kolos konrad konstancja ' +
  'konstantin konstantina konstantinos konstanty konstantyn kopano koralia koray korbin korbinian ' +
  'korede korey korinna korkut kornel korneli kornelia korneliusz kory kostas kraig krijn kris krishna ' +
  'krishnadas krishnadasa krista kristen kristi kristian kristie kristiina kristijan kristin kristina ' +
  'kristine kristof kristofer kristoffer kristopher kristy krisztian krisztofer krystal krystel ' +
  'krystian krystina krystyna krzysztof ksawera ksawery ksenia ksenofont kubat kubilay kubra kubura ' +
  'kuddusi kujoe kumar kumari kumru kumuda kun kuncara kunle kunthara kurnia kursad kurt kurtis kusuma ' +
  'kutbettin kuzey kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi kwintyn ky kyan kyano kyara ' +
  'kyla kyle kylee kyleigh kyler kylie kyllikki kyra kyriaki kyriakos laal labuh lachlan lacramioara ' +
  'ladarius ladina ladislao ladislau lai laia laila laisha lajos laksana lakshman lakshmi lakshmidhar ' +
  'lakshminath laksita lal lala lale lalita lamar lambert lamberto lamia lamih lamine lamont lan lana ' +
  'lanang lancilotto landen landolfo landry laney lanfranco lang langa langgeng lanjar lantar lapo lara ' +
  'laras larina larisa larissa laron larry lars lars-erik larue larysa lascar lasmanto lasmono lassana ' +
  'lasse laswi laszlo latif latife latika latoya laura laurane laure laureen laureline lauren laurence ' +
  'laurencja laurencjusz laurene laurens laurent laurentia laurentino laurentiu laurenty laurentyna ' +
  'laurenz lauretta lauri laurian lauriane laurianne lauriano laurie laurin laurine laury lauryn ' +
  'lautone lavada lavanya lavern laverna laverne lavina lavinia lavinio lavon lavonne lawrencia lawson ' +
  'laxman laxmi layla layne lazar lazare lazaro lazarz lazzaro leah leana leander leandra leandre leann ' +
  'leanna leanne leano leart leatha leda ledion leela leena leendert lefteris lega legawa leia leif ' +
  'leigh leila leilani leke lela lelah leland lelia leman lembah lemide lempi lemuel len lena lene leni ' +
  'lenia lenja lenn lenna lennard lennart lenne lennert lenni lennie lennon lennox lenny lenora lenore ' +
  'lenya leo leola leon leona leonard leonardo leonel leonhard leoni leonia leonid leonida leonidas ' +
  'leonie leonilda leonio leonis leonne leonor leonora leontin leontina leonzio leopardo leopold ' +
  'leopoldina leopoldine leopoldo leora lera lerato lere leroy lerzan lesley leslie lesly lessie ' +
  'lestari lester leta letha leticia letitia letizia letterio leu leufroy lev levent levente levi levin ' +
  'levio levke lew lewin lewis lex lexi lexie lexus leya leyan leyla lia liah liam lian liana liang ' +
  'liara lias libbie libby liberata liberato liberatore libere liberio libero liberto liboria liborio ' +
  'lica licia lida lidania lidia lidio lidya lieke liem liene liet lietald lieto lieuwe lieve lieze ' +
  'ligia lihua liisa lijuan lila lili lilia lilian liliana liliane lilianna lilien lilith lilla lilli ' +
  'lillian lilliana lillie lilly lilou lilyan liman limar lina linde lindsay lindsey linett lingling ' +
  'linh linn linne linnea linnie lino lintang linus linwood lio lioara lionel lior liron lis lisa ' +
  'lisandro lisann lisanne lisbeth lise liselotte lisette litzy liv liva livia liviana livino livio ' +
  'liviu liya liyam liyan liyana liz liza lizbeth lize lizeth lizz lizzie lizzy llewellyn lloyd loa loc ' +
  'lodovica lodovico loek loes loet loi loic lois lola lolade lolita loma lon longin lonie lonnie lonny ' +
  'lonzo lora loraine lorcan loredana loreen lorelei lorella loren lorena lorene loreno lorenz lorenza ' +
  'lorenzo loretta lori lorian loriana lorik lorin lorine loris lorna lorrain lorraine lothaire lott ' +
  'lotta lotte lotti lottie lou loua louan louay louie louisa loup lourdes lourenco louvenia lova ' +
  'lovisa lowie loy loyce lua luan luana luat luc luca lucas lucca luce lucentiu lucian luciana luciano ' +
  'lucien lucienne lucile lucilla lucille lucinda lucio lucious lucius lucja lucjan lucretia lucretiu ' +
  'lucrezia lucy ludano ludie ludivine ludmila ludolphe ludovic ludovica ludovico ludvig ludwig ludwik ' +
  'ludwika lue luella luena luhung lui luigi luigia luisa luise luiz luiza lujza luk luka lukas lukasz ' +
  'luke lukhona lukita lukman lula lulu luluh lulut luminita luminosa luna lune lungelo luong lupe lura ' +
  'lurhur lurline lutfan lutfi lutfullah luther luthfi lutz luu luuk luus luwar luwes lux luz luzie ' +
  'lwandle ly lya lyam lyan lyda lydia lydie lykke lyla lyle lyn lynda lynette lynne lysanne maad ' +
  'maaike maan maarit maartje maas mabel mabelle mable mac macaire macaria macario maccabeo macey maci ' +
  'macie mack mackenzie mactar macy madalena madalin madalina madaline madalyn maddalena maddison ' +
  'maddox madeleine madelief madeline madelyn madelynn madge madhuri madie madilyn madisen madisyn ' +
  'madita madlaina madleen madlen madonna mady madyson mae maegan mael maelle maes maeve mafalda maffeo ' +
  'magali magda magdalen magdalena maggie maggiorino magno magnus maguelone maguette mahaut mahdi ' +
  'mahendra maher mahesa mahesh maheswar mahfud mahir mahmud mahmut mahzun maia maica maida maija maik ' +
  'maike maila mailin mailo maimouna maimunah maiorico maira maire mairead maite maiya maja makara ' +
  'makary makayla makenna makenzie makhtar makinwa makoto maksim maksud maksym maksymilian makuta mala ' +
  'malachi malati malco malcolm malea malena malene malgorzata malia malick malik malika malin malina ' +
  'malinda mallaury mallie mallory malo malou malte malthe malti malvina malwina mamadou mamady maman ' +
  'mamante mamert mamie mamour manah manasse mancio mandaakin mandakini mandla mandy manel manetto ' +
  'manfred manfredo mangala mangalya manh mani manik manikya manilio manish manisha manjusha manley ' +
  'manlio manoah manoj manole manolis manon mansour mansueto mansur manu manuel manuela manuele ' +
  'maphikelela mara marah marana maras marc marceau marcel marcela marceli marcelin marcelina marceline ' +
  'marcelino marcell marcella marcelle marcello marcellus marcelo marcheta marcia marciano marcin marco ' +
  'marcu marcus mareike marek mareme maren mareta marga margana margaret margareta margarete margarett ' +
  'margaretta margarette margarida margaux marge margherita margie margot margret margrit margrith ' +
  'marguerite mari mariadi mariah mariam mariama marian mariane marianna marianne mariano maribel ' +
  'marica maricarmen maricica marie-claire marie-louise marieke mariela mariella marielle marieme ' +
  'marijn marika marilena marilie marilou marilu marilyn marilyne marin marinela marinella marinetta ' +
  'marinus mario marioara marisa marisol marissa marit marita maritza mariuca marius marja marjatta ' +
  'marjolaine marjorie marjory markku marko markus marla marlee marleen marlen marlena marlene marley ' +
  'marli marlie marlies marlis marlo marlon marly marolo marques marrit marsha marsito marsudi marta ' +
  'martaka martana martani marte martha marthe martim martina martine martino marton martti marty ' +
  'martyna marut maruta marvin marwa marwata marwin mary mary-kate maryadi maryam maryann maryanto ' +
  'maryjane maryna maryse marzia marzio masa massamba massima massimiliano massimo matar matei matej ' +
  'mateus mateusz matheo matheus mathew mathias mathijs mathilda mathilde mathis mathurin mathuys ' +
  'matias matilda matilde matis matroniano mattea matteo matthew matthias matthieu matthijs matthis ' +
  'matti mattia mattias mattie mattis matyas matylda matz mau maud maude maudie maugis maura maureen ' +
  'maurice mauricette mauricio maurilio maurine maurits maurizio mauro maurycy mavis mawuena mawusi ' +
  'maxellende maxence maxi maxie maxime maximilian maximiliano maximilien maximillia maximillian maximo ' +
  'maximus maxine maxwell maya maybell maybelle maye mayeul mayla maymie maynard mayoor mayra maysa ' +
  'mayson mayte mazhar mazie mbalienhle mbaye mckayla mckenna mckenzie meabh meagan meaghan meda ' +
  'medardo mederic medina medine medoro medoune meena meenakshi meera mees megan megane meggie meghan ' +
  'meghnad meghnath mehmet mehtap mei meik meike meiling meire meissa mekhi melani melania melanie ' +
  'melanio melany melba melchiade melchior melchiorre melda melek melezio melia melih melike meliksah ' +
  'melina melinda melis melisa melisande melissa melissandre melitina melle mellie melodi melodie mels ' +
  'meltem melvin melvina melyna melyssa memduh menaka menardo mence menelao meneo menka menno mennone ' +
  'menodora meral mercede mercia mercurio meredith merel merete meric merih merijn merjem merl merle ' +
  'merlin merovee merritt mert mertie merve mervin meryem messalina mestan mesut metello metin ' +
  'metrofane mette mevlut mex meyra mhambi mia micael micaela micah micha michael michaela michail ' +
  'michal michale michalina michalis micheal michel michela michelangelo michele micheline michelle ' +
  'mick midas mieke miel miguel mihaela mihai mihail mihaly mihnea mihriban mik mika mikael mikaela ' +
  'mikail mikayla mikel mikkel mikki mikko miklos mikolaj mila milan milana milano mildred milena miley ' +
  'milla mille millicent millie milly milo milou milton mimma min-jun mina minakshi mindy minerva ' +
  'minervina minervino mingyu minh minho minji minna minnie minodora mio mioara mir mira mirabela mirac ' +
  'miran miranda miray mircea mirco mireille mirela mirella mireya miriam mirja mirkelam mirko miro ' +
  'mirocleto miron mirona mirre mirta mirte mirthe miruna mirza misael misaele misbah mischa misra ' +
  'mitch mitchel mitchell mithat mitica mitra mitrut mittie moa mobolaji moc moctar modesta modou ' +
  'modupe mofifoluwa mohamadou mohamed mohammad mohammed mohan mohana mohinder mohini moira moise ' +
  'moises moisette mojisola mojisoluwa mojzesz mollie molly mona monaldo monalisa monde mong monika ' +
  'monique monitore monserrat monserrate monty moradeke morayo morena morenike morgana morgane moriah ' +
  'moritz morne morolake morris morten mortimer morton mose moses moshe mosinmileoluwa mossie mosunmola ' +
  'motunrayo mouhamadou mouhamed mouhameth mouhammadou moussa moustapha moyosore mozell mozelle mozes ' +
  'mpho mpilo mpumelelo msizi mthunzi muammer muaviye muaz muesser mufid muge mugur mugurel muhammad ' +
  'muhammed muharrem muhsin muhtar muhterem muhtesem muhyiddin muireann mujdat mujde mujgan mujur ' +
  'mukadder mukaddes mukerrem mukesh muktedi muktedir muktefi mukul mulya mulyanto mulyono mumpuni ' +
  'mumtaz munevver muni munir murat muren muriel murilo murl murphy mursinin mursita murti musa ' +
  'musawenkosi musir muslih mustafa mustika mustofa mutahhar mutasim muteber mutemed mutia muttalib ' +
  'muyiwa muzaffer muzdad muziano mya myah myla mylan mylene myles mylo myra myriam myrl myrna myron ' +
  'myrthe myrtice myrtie myrtis myrto nabi nabila naci nada nadege nadi nadia nadine nadja nadzieja nae ' +
  'nael naemi nafiz nagabhushanam nahid nahil naim najam najib najla najwa nakia nala nalan nalar ' +
  'nalini namazio namik nana nancy nand nanda nandi nandini nando nandor nang nanna nannie naoise naoko ' +
  'naomi naomie naoufal naoufel napoleon napoleone nara naradi narayan narcis narcisa narciso narcisse ' +
  'nardi narendra narinder narji narseo narsete nasab nash nasim nasir nasrullah nat natale natalia ' +
  'natalie natalina natan natanael nataniel natasa natasha nate nath nathalie nathan nathanael ' +
  'nathanial nathaniel nathen naud naudet naura naveen navin nawal naya nayeli nayla naz nazan nazario ' +
  'nazariusz nazary nazif nazim nazli nazmi nazzareno nazzaro ndleleni ndondoloza nea neal neasa necat ' +
  'necati necdet nechifor necib necla necmettin ned nedim nedra neele neeltje nefeli neha nehemie nehir ' +
  'neil neiva nejat nejla nektarios nela nelda nele nelio nella nelle nelli nellie nelly nels nelu nena ' +
  'nene neo neoma neopolo neoterio nerea nereo nergis neri neset nesim neslisah nesrin nestor nestore ' +
  'nettie neva nevin nevio nevra nevzat newell neyla nga ngan nghi nghia nghiem nghiep ngoc ngon ngozi ' +
  'ngozika nguyen nguyet nha nhan nhat nhi nhiem nhien nhlakanipho nhon nhu nhuan nhung nhuong nia ' +
  'niamh nicarete nicea niceforo nicephore niceto nicezio nichifor nicholas nicholaus nichole nicklas ' +
  'nicklaus nickolas nicla niclas nico nicoara nicodemo nicodim nicola nicolae nicolai nicolaie nicolas ' +
  'nicole nicoleen nicoleta nicoletta nicolette nicoline nicolo nicu niculina niculita nicusor nicuta ' +
  'nida nidia niek niels niels-christian niem niene nienke nigar nigel nihal nihan nihat nika nikhil ' +
  'nikita nikki nikkie nikko niklas niklaus niko nikodem nikola nikolai nikolaos nikolas nikolasz nikos ' +
  'nila nilam nilde nilgun nils nilufer nimakoah nimas nimit nimrod nina ninfa ning ninh niniano ' +
  'ninioluwa nino ninthe nio niranjan nirbhay niro nisa nisan nives niyaga niyazi niyilolawa nizamettin ' +
  'nkanyezi nkechi nkosenye nkosingiphile nkosinhle nkosiyabo nnamdi nneka noa noah noam noami noan ' +
  'noar noe noelia noella noelle noemi noemie noemy nofoto nokuthula nola nolan nolen nolwazi nomi ' +
  'nomvula nona nonhlanhla nonjabulo nonkululeko nonso noor noortje nora norah norbert norberto nore ' +
  'norene norica norina norma normand norris norval norwood nostriano noud nour nouri nout novan ' +
  'noviana novita nowi nox nozipho nqobile nrima nthabiseng ntokozo ntombizodwa nuala nubia nuccia ' +
  'nugraha nukhet numan nuno nunziata nunzio nuong nur nural nuran nurettin nurgul nurhan nuri nuria ' +
  'nursel nurseli nurul nurullah nusret nya nyah nyana nyasia nynke nyoman oana oanh oba obanijesu ' +
  'obiageli obie obinna obioma oceane ocie octav octavia octavian octaviana octavio octaviu oda oddny ' +
  'oddone odell oderico odetta odette odidone odie odile odilia odilon odin odon odorico odunayo ofelia ' +
  'ogechi oger ogooluwa oguz oguzhan oisin ojaswini okan oke okey okiki oksan okta oktay okto ola ' +
  'oladara oladare oladimeji olaf olaide olajumoke olakunle olamide olanrewaju olansile olaoluwa ' +
  'olasunmbo olatunbosun olav olavi olayinka olcay ole oleg olen oleta olga olimpia olimpian olimpio ' +
  'olimpiu olin olinda olindo oliva oliver olivia olivier oliviera oliviero oliviu oliwia oliwier olle ' +
  'ollie olof ololade olufemi olufeyisayo olufunke olufunmi olufunmilayo olumide olumorotimi olusola ' +
  'olutomiwa oluwadamilare oluwafemi oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa oluwasanmi ' +
  'oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobi oluwatobiloba oluwatofunmi ' +
  'oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympe oma omana omar omari omawunmi ombline ' +
  'ombretta omer omero omobobola omobolanle omodunni omolabake omolara omolola omosalewa omotara ' +
  'omotayo omotola omotolani omotoun omowumi ona onder ondina onesta onesto oni onie onofrio onome ' +
  'onorata onorina onorino onorio onoriode onufry onur onyeka oona oonagh oormila opalina opaline opan ' +
  'opemipo opeoluwa opeyemi ophelia ophelie opung ora oran orazio orchidea orell oren orenzio oreofe ' +
  'oreste orestes orfeo orhan oriana oriande oriane orie orietta orin orio orion orla orlaith orlane ' +
  'orlo ornella oronzo orpha orrin orsino orso orsola orsolina ortansa ortensia ortensio orval orville ' +
  'orvokki osanna osbaldo osborne oscar oskar oskari osman osmondo osmund osunleke osvaldo oswald ' +
  'oswaldo otello otha otho otilia otis ottaviano ottavio ottilia ottilie ottis otto ottone oumar ' +
  'oumayra oumou oury ousmane ovidio ovidiu owen oya oyenike oyindamola oyindasola oyku ozan ozana ' +
  'ozanne ozcan ozden ozella ozer ozge ozgur ozhan ozkan ozlem ozlen oznur ozy pablo paciano pacifico ' +
  'pacome pacomio padma padmi padraic padraig paige paiman paivi pakize palatino palemon palladia ' +
  'palladio palma palmazio palmira pam pamela pamfil pammachio panagachie panagiota panagiotis panait ' +
  'panca pancario pancrazio pandu panfilo pangeran pangestu panji panka pankracy panna panos pantaleo ' +
  'pantaleon pantaleone paola paolo param paramartha paramita paraschiva paraskevas paraskevi pardi ' +
  'pardo paride parla parman parmenio parvati pascal pascale pasquale paterne paterniano pathe patrice ' +
  'patricia patricio patrick patrik patrizia patrizio patroclo patru patrycja patrycjusz patrycy patryk ' +
  'patti pattie paula paule paulette paulica paulien pauliina paulin paulina pauline paulo pauside ' +
  'pavel pavlos pawel paxton payidar payton pearlie pearline pecine pedro peggie peggy pekka pelagia ' +
  'pelagie peleo pelin pelinsu pelle pellegrino pelumi pembe penda penelopa penelope peng pentti pepe ' +
  'pepijn pepin per-olof perceval percival percy peri pericle perihan perkasa perla pernilla perran ' +
  'perrine perseo pertev perver pervin pete petek petra petre petri petrica petrisor petronela ' +
  'petronilla petronille petronio petros petru petrut petruta petteri peyami peyton phap phat phi phil ' +
  'phila philani phileine philemon philibert philine philip philipp philippa philippe philippine ' +
  'phillip philomene philothee philou phiwokwakhe phong phu phuc phung phuoc phuong phyllis pia pien ' +
  'piera pierangelo piergiorgio pierluigi piermarco piero pierre-alain pierre-andre pierrick piersilvio ' +
  'piet pieter pietro pilar pim pinar pio piotr pippa pippo piraye pirjo pirkko pius placida placido ' +
  'platon platone pleun plinio plutarco pola polidoro polifemo polikarp polissena pollione polly pompeo ' +
  'pompilia pompiliu pomponio pontus ponziano ponzio pooja poornima porfirio porfiriusz porfiry porzia ' +
  'porziano postumio poul praba prabawa prabowo prabu prakash prakosa pramila pran pranata pranav ' +
  'pranawa pranay prasad prasanna prasetya prasetyo prassede prathamesh pratiwi prayag prayitna prayoga ' +
  'prayogo preity prem prema presley preston priamo prima primerose primo prisca priscilla priscille ' +
  'prisco priska prita privato priya priyala procopio profira proinsias prokles prokop prokul ' +
  'proserpina prospera prospero protasio proteo providenci prudenzia prudenzio publio puji puk ' +
  'pulcherie puneet pupolo puput purnima purushottam purwa purwadi purwanto pushti pusicio puspa ' +
  'puspita puti putri putu qian qiang qing qori quan quang quartilla quasimodo que queenie quentin ' +
  'quentine querano quieta quin quinn quinten quintia quintiliano quintilio quintino quinton quinty ' +
  'quinziano quinzio quirin quirino quiteria quoc quy quyen quyet quynh rabia rachael rachel rachela ' +
  'rachele rachelle rachid raci rada radeke raden radha radika radit raditya radolfo radu raducu rae ' +
  'raegan raf rafaela rafal rafet raff raffaele raffaella rafi rafid rafila rageshwari rageswari ' +
  'ragnhild raharja rahayu raheem rahel rahim rahime rahman rahmat rahmawati rahmi rahsaan rahsan rahul ' +
  'raide raif raihan raik raimondo raina rainaldo rainelda rainer raisa raj rajan rajana rajendra ' +
  'rajesh rajinder rajiv rajmund rajnold rakesh rakip ralph raluca rama ramaa ramata ramatoulaye ' +
  'ramazan ramesh rameshwar rami ramiro ramiz ramona rana randal randall randi randolf randolph rangga ' +
  'rania raniero ranjeet ranjit ranolfo raoul raphael raphaelle rapulane raquel rashad rashawn rasheed ' +
  'rasheedah rashid rasim rasit rasmus rati ratih ratna rauf raul ravi rayan rayen raymond raymonde ' +
  'raymundo rayyan razvan rea reagan reanna reba rebeca rebecca rebeka rebekah rebekka recai recep ' +
  'reece reem reese refah refet refik regan reggie reginald reginaldo regine regis regitze regolo ' +
  'regula reha reid reilly reina reine reinhard reinhold rejan rejean rejeanne reka rekha reksa relu ' +
  'remi remigio remilekun remington remo remondo remus remzi renata renate renato renaud rendy rene ' +
  'renee renette rengin rens renske renzo resat respati respicio ressie restu resul reta retha retno ' +
  'reto retta reuben reva revi rex rey reybaud reyes reyhan reymundo reyna reynold reza rezzan rhett ' +
  'rhianna rhiannon rhoda rhonda ria riaan rian riana ricardo ricario riccarda riccardo richard ' +
  'richelmo richie rickard rickey rickie ricky ridvan ridwan rieke rifat rifki rigard rigoberto riitta ' +
  'rika rike rikke riku riley rina rinaldo rini rino rita ritesh ritva riv riza rizki robaldo robb ' +
  'robbe robbie robert roberta robertina roberto robyn rocco roch rocio roderick roderyk rodger rodiano ' +
  'rodica rodney rodolfo rodolphe rodrick rodrigo rodrigue roel rogelio rogerio rohan rohana rohit ' +
  'roisin rokhaya roksana roland rolande rolando rolf rolfo rollin roma romain romana romane romanita ' +
  'romano romee romeo romero romeu romilda romina romoaldo romola romolo romuald romualdo romulus romy ' +
  'ron rona ronald ronaldo ronan ronja ronke ronnie ronny roos roosevelt rory rosa-maria rosalee ' +
  'rosalia rosalie rosalina rosalind rosalinda rosalyn rosamond rosamunda rosanna rosario roscoe ' +
  'roselin roseline rosella roselyn rosemarie rosendo roser rosetta rosie rosina rosita roslyn rosman ' +
  'rosmunda ross rossana rossella rossie rotimi rowan rowena roxana roxane roxanne roxelana roxy roy ' +
  'royce roza rozalia rozella rozina ruairi ruari ruben rubiano rubie rubye ruchan rudi rudolf rudolph ' +
  'rudra rudy ruedi rufina rufino rufo rufus ruggero ruhsar rui rukhmani rukmin rukneddin runa ruperto ' +
  'rupinder rusman russ russel russell rustu ruta ruth ruthe ruthie rutilo ruxanda ruxandra ruya ryan ' +
  'ryann ryder rylan rylee ryleigh ryley ryota ryszard sa saadat saar saban sabar sabato sabazio sabele ' +
  'sabin sabina sabine sabino sabir sabri sabrina sabryna sachin sacid sada sadan sadberk sadettin ' +
  'sadhbh sadi sadie sadik sadina sadio sadri sadullah sadye saer safa safae saffet saffiro saffo safi ' +
  'safiatou safietou safina safira safiya safouan safouane safta sagar sahap sahin sahinalp sahra ' +
  'sahsuvar saiful saige saim saka sakari sakip sakir sakti sakura saladino salif salih salim salimah ' +
  'salimata salimatou saliou sallie salma salman salome salomea salomey salomon salomone salsabila ' +
  'salustio salvatore salwa salwator saly sam samanta samantha samara samed sameer sami samia samiah ' +
  'samih samil samim samir samira sammie sammy samona samson samsul samu samuel samuele samukelisiwe ' +
  'sancho sanda sandeep sandor sandra sandrine sandro sandu sanele sanem sani sanja sanjay sanka sanna ' +
  'sanne sansone sante santiago santina santino santo santos sanya sanziana saoirse saphira sapiente ' +
  'sara sarada sarah sarai sarala sarani saraswati sarbello sare sarina sarisha sarla saroja sartika ' +
  'sarvin sascha sasha saskia satish satoshi satu saturniano saturnino satya satyen saul sauveur sava ' +
  'savanah savas saverio saveta savi savin savina savinien savino savion sayan scarlett scholastique ' +
  'schuyler scolastica scot scottie scotty seamus sean seb sebas sebastiaan sebastian sebastiana ' +
  'sebastiano sebastiao sebastien sebnem secaeddin secil seckin seckou seconda secondiano secondina ' +
  'secondo seda sedat sedef seden sedrick sef sefer seff sefik sefora segilola segolene segun seher ' +
  'sehlevent sehrazat sekinat sekou selahattin selale selami selcuk selda selen selena selene selim ' +
  'selin selina selma selmer selvaggia selvi sem sema semenica semih semiramide semplicio sempronio ' +
  'semra semsi sena senay sener senesio sengul senn senne sennur senofonte senol seo-yeon seojun ' +
  'seosamh seoyeon sep sepp seppe seppo septi serafettin serafin serafina serafino seraina serap ' +
  'seraphin serapione serban serbulent seref seren serena sergen sergi sergio sergiu sergiusz serhat ' +
  'serif serife serin serkan sermet sermin serpil sertac sertap servidio serviliano sesto seth settar ' +
  'settimio settimo setya seun sev seval sevda severa severiano severin severina severine severino ' +
  'severo sevgi sevil sevim sevinc sevket sevki sevtap sevval seweryn seyban seyda seydou seye ' +
  'seyfettin seyfi seyfullah seyma seynabou seyyit sfiso shaina shaka shakila shakira shakti shakuntala ' +
  'shalewa shalini shan shana shane shanel shanelle shania shanie shaniya shankar shanna shannon shanny ' +
  'shanon shantanu shanti shany sharda shari sharmila sharon shashi shashikala shaun shawn shawna ' +
  'shaylee shayna shayne shea sheela sheila shekoni sheldon shelia shelley shelly shemar sher sheri ' +
  'sheridan sherly sherman sherri sherwood sheryl shirley shiv shivakari shobhana shola shota shresth ' +
  'shresthi shreya shreyashi shridevi shrishti shu shuang shubha shubhaprada shufen shwet shweta shyann ' +
  'shyanne si siana siara sibel sibilla sibongile sibusiso sibylle sico sicuro sid siddarth siddharth ' +
  'siddhi siddhran sidiq sidki sidney sidoine sidonia sidonio sidra sidy siebe siem sien siena sienna ' +
  'siep sieu sifiso sigebert sigfrido sigismond sigismondo sigmund signe sigrid sigrun sigurd sihab ' +
  'sihabeddin siir sijuade sil sila silas silja silje silke silvana silvano silvere silverio silvestro ' +
  'silvia silvian silviana silvio silviu simao simea simen simeon simeone simge similoluwa simina ' +
  'simion simisola simon simona simone simonetta sina sinan sinasi sindisiwe sindre sinead sinem ' +
  'sinenhlanhla sinesio sinfronio sinh sinica sinikka sinja sintia siobhan siphephelo siphiwe sipho ' +
  'sireno siria siriano siricio sirineu sirio siro sirri siska sisto sitara sithembiso siti siv sixte ' +
  'sixtine siyanda sizakele sizani sjoerd sjors skye skyla skylar slamet sloka smaranda smeralda smilla ' +
  'smita smriti sname sneha soave soccorso socrate sofia sofie sofija sofronia sokhna sola solange ' +
  'soledad soleh soline solocone solon solveig som soma somnath somto somu sondre songul sonia sonja ' +
  'sonke sonya soof sophia sophie soraia sorana soraya sorcha soren sorin sorina sostene sosteneo ' +
  'sostrato sota sotirios sotiris souleymane sowande spano spartaco spencer speranta speranza speranzio ' +
  'spirydion spyridon spyros stacey stacy stamatia stan stana stanca stancu stanford stanislao ' +
  'stanislas stanislaw stanley stanton stathis stavros stavroula steen stef stefan stefana stefania ' +
  'stefanie stefano stefanos steffen steinar stela stelian steliana stelios stella steluta sten ' +
  'stephaans stephan stephane stephania stephanie stephany stephen stephon sterre steve steven stevie ' +
  'stewart stig stijn stiliano stina stine stiriaco stuart stylianos suat subhash subhashini subhasini ' +
  'subhi subodh subomi sucheta suci sude sudeva sudi sue-marie suelen suheyl sujata sukanya sukru sule ' +
  'suleyman suma suman sumayyah sumitra sunay sune sungmin sunil sunita sunniva suong surano suresh ' +
  'sururi surya suryakant suryakanta suryakantam susan susana susanna susanne susheel sushil sushma ' +
  'susie suus suzan suzana suzanne suze suzon svea sven svend svenja sverre svetlana sveva sviturno ' +
  'swapnil swara swarnalata swarup swassane swati sweta sy syahrini sybilla syble sydnee sydni sydnie ' +
  'sylvain sylvester sylvestre sylvia sylviane sylvie sylwester sylwia synne szabolcs szczepan szofi ' +
  'szofia szonja szymon ta tabea tabita tabitha taceddin tacjana taddeo tade tadeo tadhg taha tahir ' +
  'tahlia tahsin tai taib taide taiwo takeshi takumi talat talay talea talha talia talip talita tamara ' +
  'tamas tami tamia tamina tamino tammaro tammo tammy tancrede tancredi taner tanguy tania tanirika ' +
  'tanja tanju tantri tanushree tanushri tanvi tanya tanyeli tao tapan tapani tapio tara tarcisio tari ' +
  'tarik tariq tarja tarkan tarquinia tarsilla tarso tarun taryn tasdik tasha taskin tasnim taswir tate ' +
  'tatiana tatum tatyana taufan taufik taurean taurin tavares taya tayfun tayler tayyar taziana taziano ' +
  'tazio teagan tecla ted teddy tedi teea teguh teije tej tejas tejumola tekin tekinalp tekla telchide ' +
  'telemaco telica tellervo telly temel temidayo temistocle temitope teo teobaldo teodata teodolinda ' +
  'teodor teodora teodoro teodosia teodosio teodoto teofil teogene teohari teoman teona terence ' +
  'terencjusz terenzio teresa teri terje terrance terrell terrence terri terrill tertuliano terzo ' +
  'tesauro tesifonte tess tessa tessie teudosia teun teunis tevfik tevhid tevin tezcan tezel tezer ' +
  'thabisa thac thach thad thaddeus thadie thai thais thalea thalia tham thamsanqa thanasis thando ' +
  'thang thanh thao thea thelma themba theo theodor theodora theodore theodoros theodose theophile ' +
  'theophraste theresa therese theresia theron theu theunis theuns thi thiago thibault thibert thibo ' +
  'thien thierno thierry thies thieu thije thijmen thijn thijs thilo thinh thirza thoa thoai thobeka ' +
  'thodoris thoi thom thora thorben thore thorge thu thuan thuat thuc thulani thulisile thuong thurman ' +
  'thuy thuyet tia tiago tian tiana tianna tibaldo tibbe tiberia tiberio tiberiu tibo tibor tiburzio ' +
  'tich ticone tidiane tieme tien tiep tiernan tierra tieu tiffany tiina tijmen tijn tijs til tilda ' +
  'tilla tillman tillmann tim timbul timea timm timmothy timmy timo timoleon timon timotei timoteo ' +
  'timothee timothy timur tina tinas tinca tincuta tingting tinh tino tiphaine tira tiril tirone tirta ' +
  'tirtayasa tirza titi titien titilayo titilope titin tito titus tizian tiziana tiziano tizio tjark ' +
  'toai toan tobi tobia tobias tobiasz tobiloba tobin toby tochukwu tod todd todor toki tokunbo tolga ' +
  'tolomeo tolulope tolunay toluwalope toluwani toluwanimi toma tomas tomasa tomasz tomi tomiloba tomke ' +
  'tommaso tommie tommy tomoko tomori toney toni tonnin tonya toon tope torben torbjorn torey torquato ' +
  'torrey tosca tosco tosin toussaint tove toyin tra trac tracey trach traci traian trajan tran trang ' +
  'tranh tranquillo trasea travis travon tre treasa tremaine tremayne trent tressa tressie treva trever ' +
  'trevion trevor trey tri tricia trien triet trieu trilochan trilochana trilok trilokanath trilokesh ' +
  'triloki trine trinh trisha tristan tristano tristian tristin triston troels trond trong tru truc ' +
  'trudie trung truong trycia trystan tsabita tu tuan tuana tudor tudora tudorita tudosia tue tufan ' +
  'tugay tugba tugiman tugrul tugtekin tuhfe tulay tulin tullia tulliano tullio tumer tunahan tunay ' +
  'tunc tuncay tuncer tunde tung tuomas tuong turan turgay turgut turi turibio turkan turkay turker ' +
  'turkes turna turold tushar tussio tutku tuula tuulikki tuur tuva tuy tuyen tuyet twan twila ty tycho ' +
  'tygo tymon tymoteusz tyra tyree tyreek tyrel tyrell tyrese tyrique tyron tyshawn tyson ubaldo ' +
  'ubertino uberto uche uchenna uchita uda udai udit ueli uffe ufuk ugo ugolina ugolino uguccione ugur ' +
  'uhra ujjawal ujjwal ukbe ulberto ulderico ulf ulfa ulfet ulfo ulgen uli ulices ulises ulisse uliva ' +
  'ulker ulku ulla ulpiano ulrich ulrico ulrik ulrika ulstano ultan ultimo ulus uluthando ulva ulvi ' +
  'ulviye ulwazi ulya ulysse uma umang umar umay umaya umberto umi umile umit ummiye umran umur umuralp ' +
  'umut una unal unggul unjani unna unsel unseli upendra upik uranio urbain urbano urdino uriah uriel ' +
  'uriele urmila urs ursicio ursino ursmaro ursula ursule usame usha usman usyi utama utku uttam uy ' +
  'uyen uygu uzeyir uzodimma vada vaggelis vagn vaha vahdet vahid vahide vaidehi vaijayanthi vaijayanti ' +
  'vaishnavi vaishno vaishvi vala valdemar valente valentijn valentim valentin valentina valentino ' +
  'valere valeria valeriana valeriano valerico valerie valerio valeriu valery valfredo valfrido vallie ' +
  'valtena valter valtteri vance vanda vanesa vanessa vang vangelis vanh vania vanna vanya varalakshmi ' +
  'varo varun varvara vasanti vasco vasile vasileios vasilica vasiliki vasilis vasudev vasudeva vasudha ' +
  'vasundhara vaughn vecdi veda vedang vedanga vedanshi vedasto vedat veerle vefa vefik vega vehbi ' +
  'veikko veit velaphi velda veli velio vella velma velva vena venance venanzio vencel venceslao ' +
  'venceslas vendel venera veneranda venerando venere venerio veniamin ventura venusta venustiano ' +
  'venusto vera verano verda verdiana verdie vere verecondo verena verenzio vergie veriana veridiana ' +
  'verla verlie vern verna verner vernice vernie vero verona veronica veronika veronique verulo vesile ' +
  'vespasiano vesta veta veysel veysi vezio vianney vibeke vic vicdan vicenta vicente vicentia vicentiu ' +
  'vicki vickie vicky victoire victorien victorin vida vidal vidhur vidhya vidiano vidone vidur vidya ' +
  'vien viet vieve vigdis viggo vigile vigo vijay vik vikram viktor viktoria vildan vilde vilfredo ' +
  'vilhelm viliana viliberto ville villy vilma vilmos vimal vimala viman vin vinay vince vincentiu ' +
  'vincenza vincenzo vinciane vindonio vinebaldo vinfrido vinh vinicio vinnie vino vinsen vinz violante ' +
  'violeta violette viorel viorela viorica virag virgie virgil virgilio virginie virginio virman virone ' +
  'visarion viscardo vishnu vishwamitra vissia vita vitale vitalico vito vitor vitoria vittore vittoria ' +
  'vittoriano vittorio vitus vivaldo vive vivek vivi vivian viviana viviane vivianne viviano vivien ' +
  'vivienne vlad vladimir vladimiro vlaicu vo vodingo voichita voicu volfango volkan vong vreni vrinda ' +
  'vrund vu vuk vulmaro vulpiano vuong vuslat vusumuzi vy vyas waclaw wahyu waino wakiman walenty ' +
  'walentyn walentyna waleran waleria walerian walery walgierz walid wallace walter walton waluyo waly ' +
  'wanda wandrille wanesa wani wannes wardaya wardi warji warley warre warsa warsita warta wasis wava ' +
  'wawan wawrzyniec waylon webster wei weldon wende wendell wendy wenjie werner weronika wes wessel ' +
  'westley whitney wiara wibke widya wiebke wies wiktor wiktoria wilber wilbert wilbur wilburn wiley ' +
  'wilford wilfred wilfredo wilfrid wilfryd wilhelm wilhelmina wilhelmine willa willard willem willi ' +
  'william willie willis willy wilma wilmer wilton wincenty winda winfield winifred winnifred winona ' +
  'winston wira wirda wirginia wisnu witalis wladyslaw wlodzimierz wm wolfgang woodrow wout wouter ' +
  'wulan wulandari wuraola wyatt wyman xanana xander xanh xaver xavi xavier xaviere xem xenia xenophon ' +
  'xiang xiao xiaohong xiaojun xiaoling xiaoming xiaowei xiaoyu ximena xin xinyi xiu xiuying xochitl ' +
  'xuan xue xuyen xzavier yaa yacine yadira yael yagiz yagmur yago yahya yakubu yalcin yalgin yaman ' +
  'yamileth yan yana yance yango yani yanis yann yannic yannick yannik yannis yanyan yao yaprak yara ' +
  'yarah yaren yaretzi yaro yaron yasar yasemin yash yasin yasmeen yasmin yasmine yassin yassine yassir ' +
  'yavuz yaya yazmin yejide yekta yelda yeliz yemi yener yenthe yesenia yesim yessenia yessi yetkin ' +
  'yetunde yewande yfke yi yibanathi yifan yigit yildirim yildiz yilmaz yiming ying yinka yinthe ' +
  'yiorgos ylva ylvi ylvie yoann yogendra yogesh yoginder yoko yolanda yolande yonca yong yono yoro ' +
  'yosef yoshiko yosun younes youp yousef youssef youssou youssouph youssoupha ysaline yseult yuan yuce ' +
  'yucel yue yufeng yui yuki yuko yuksel yulia yuliana yumni yun yuna yuni yunita yunus yuri yusuf ' +
  'yusuke yuting yuxin yuxuan yuying yven yves yvette yvonne zabedeo zabina zac zaccaria zaccheo ' +
  'zachariah zachariasz zacharie zachary zache zachery zack zackary zackery zaenab zafer zafir zaharia ' +
  'zahide zahit zahra zaid zain zainab zaira zakaria zakary zaki zakir zalan zalindra zama zamfir ' +
  'zamfira zamir zamira zana zander zane zanele zaneta zanita zanobi zara zaraza zaria zarina zayd zayn ' +
  'zechariah zef zefiro zehra zejnep zekai zekeriyya zekiye zelaya zelda zeliha zelinda zella zelma ' +
  'zena zenaide zenebio zeno zenobia zenobio zenone zenovia zente zenzele zephirin zerrin zeteny zetico ' +
  'zetta zev zeyd zeyneb zeynel zeynep zhao zhen zheng zhi zhihao zhiqiang zhiwei zhong ziad zihan ' +
  'zihni zina zion zita zithulele ziva ziver ziya ziyad ziyanda ziyi zizi zobuhle zoe zoeva zoey zofia ' +
  'zoi zoie zoila zoilo zola zoltan zora zorka zosima zosimo zselyke zsofia zsolt zsombor zubeyde ' +
  'zubeyr zuhal zula zulaikha zulal zuleyha zulfa zulfikar zumrut zuzanna zygmunt αγγελος αθανασια ' +
  'αθανασιος αικατερινη αλεξανδρα αλεξανδρος αναστασια αναστασιος ανδρεας αννα αντωνης αποστολος ' +
  'αριστειδης βασιλης γεωργια γεωργιος γρηγοριος δεσποινα δημητρα δημητρης διονυσιος ελενη ελευθεριος ' +
  'εμμανουηλ ευαγγελια ευαγγελος ευσταθιος ηλιας θεοδωρος ιωαννα ιωαννης κωνσταντινα κωστας λεωνιδας ' +
  'μαρια μιχαηλ νικολαος παναγιωτα παναγιωτης παρασκευας παρασκευη παυλος πετρος σοφια σπυρος σταυρος ' +
  'σταυρουλα στεφανος στυλιανος σωτηριος φωτιος χαραλαμπος χρηστος χριστινα χρυσουλα ';

export const AMBIGUOUS_FIRST_NAMES =
  'abbey ace agape akin albert alberta albino alexa alexandria aline allen ally alpha amaryllis amber ' +
  'amen amir amour ana anderson anemone angel angeles angelo ani anise ann ant anthony antonio april ' +
  'aquiline arcade arch aria art arthur ascension astride atlas august aura aurelia aurora austin ' +
  'autumn ay azalea baby baldwin barbara barman barney baron barthelemy bay beau bell belle berry beryl ' +
  'bilge bill billy bin birdie blaze bless blessing bo boas bob bobby boga bong boniface bonita bonito ' +
  'bonnie bowie brad brain brandon brandy brook brooklyn brooks brown bruno bryan buck bud buddy buster ' +
  'ca cam camden carmel carmine carol carolina carroll carson cary casper cat catalina chad chance ' +
  'chandler charity charles charlotte chase chelsea cheyenne chi christian cicero clair claire clara ' +
  'clare clark clay clement clemente cleveland clifton clovis colleen colt colton columbus comfort ' +
  'conception constant cooper coy crawford cruz crystal curt dado dahlia daisy dakota dale dallas dame ' +
  'dawn dawson dayton dean deb dell delta derrick desiderata desire destiny devon diamond diego dieter ' +
  'dirk dock dodo dolly don dong douglas drake drew dries dung dusty ea earl earnest easter ebony ed ' +
  'eddy eden edmond edward elgin elide elizabeth elliot else emerald emery emir enid ester estevan ' +
  'eugene eve everett faith fang fanny fedora felicity feline fem fender fern flip flora florence ' +
  'florida florin ford forest fortune foster frances francisco frank franklin frederick freeman gage ' +
  'gang garland garnet garret garrison gary gene general genesis gentile george georgia gilbert ginger ' +
  'glen golden grace grant green griffin gunner guru gust guy ha hale ham han hang hank hardy harmony ' +
  'harry haven hazel heath heather heaven hector helena henderson henry ho hoc holly homer hong hope ' +
  'houston hung hunter imam innocent iris irving israel ivory ivy jacinto jack jackson jade james jan ' +
  'jarred jasmine jasper jay jazz jet jewel jimmy jin john johnson jordan jose joseph josh joy juan ' +
  'judge julienne june junior justice kale kang karma ken kendall kent kenya kerry kick kim kimberley ' +
  'kin king kismet kitty lac lacey lacy lafayette lam lance lander laurel lawrence lea leandro lee lei ' +
  'leone levy li lien lieu lily lincoln linda ling lion lo loan logan london long louis louise lowell ' +
  'loyal lu lucia lucie luis lynn lyric maarten madison mads magnolia mai mama marcos margarita maria ' +
  'mariana marie marietta marina marine marino marion mark marlin marquis marquise marshall mart marten ' +
  'martial martin mas mason mateo mats matt mattes maverick max maxim maxima melody mercedes mi mike ' +
  'miles milford miller min ming miracle missouri misty modest modesto monica monroe montana monte moos ' +
  'moreno morgan murray myrtle na nadir nam naval nelson newton nick nike noble noel norman nova ' +
  'novella novi nu octave odessa olive oman opal oral orland orlando pansy parfait paris parker pat ' +
  'patience patsy patty paul pearl penny per perry peter phoebe phoenix pierce pierre ping pink pinkie ' +
  'pip piper pol poppy porter precious price prince princess promise prosper prudence queen quincy ' +
  'rafael raleigh ramon randy ransom rares raven ray reed regina rein reis ren rhea rica richmond rick ' +
  'rico rio river roan robin rochelle rocky rod roger rogers romaine roman rosa rose rosemary rowland ' +
  'royal ruby rune rupert rusty saba saga sage sally salvador salvo samba sander sandy sanford sang sao ' +
  'sari savanna savannah scott senna serenity serge shade sherry sibyl sierra silvan sim simi sincere ' +
  'sire sister sky soda solomon son song sonny sterling stone storm su sue sultan summer sunny swami ' +
  'sydney sylvan tad talon tam tan tanner taylor tea terry tho thomas thong thy tiara ties till tin ' +
  'tine toke tom tome ton tony tor tore torrance toy trace tracy tram trenton trinity troy turner tyler ' +
  'tyrone unique urban valid vernon vesper vi victor victoria vienna vincent viola violet virginia ' +
  'vital viva wade wadi wage waldo wale walker ward warren washington watson wayne wellington wen ' +
  'wesley weston willow wilson wolf yang yaw ye yen yoga yu ';
