// Generated from @faker-js/faker 10.6.0 person data (MIT licence, (c) Faker contributors) plus
// hand-curated additions; folded to lowercase ASCII (see ../tokens.ts fold). Ambiguous entries are also everyday English words or places.
export const SURNAMES =
  'aalbers aalerud aaltonen aas aasen abadan abalioglu abay abbas abbate abbondanza abbott abbrescia ' +
  'abdallah abdi abdullah abe abegglen abel aberg abernathy abeyta abicht abimanyu abiodun abiola ' +
  'abiputra abodunrin abosede abraham abrahamsson abramovic abrego abreu abshire abt abubakar acar ' +
  'accardi accardo accurso aceto acevedo achari acharya acheampong achebe achilles achim achkinadze ' +
  'acikalin acikgoz ackerman ackermann aclan acosta acquadro acquaviva acquistapace acuna adadevoh adal ' +
  'adam adamczak adamczyk adame adamek adami adamiak adamiec adamo adamowicz adamski adamus adan adanir ' +
  'adaobi adcock addari addis ade adebayo adebisi adegbite adegboye adegoke adekunle adel adelakun ' +
  'adeleke adelusi adem ademayowa ademiluyi ademola adeniyan adeoluwa aderibigbe aderinsola aderogba ' +
  'aderonke adesina adesiyan adewale adewunmi adewura adeyemi adeyemo adeyinka adhitama adichie adiga ' +
  'adin adisa adivar adomah adomako adongo adorno adragna adriansyah adu adusei adutwum aebi aebischer ' +
  'aeby affinito afifah afirifa afoakwa afolabi afolayan afonja afunku agaoglu agarwal agboola agca ' +
  'agirbas agnello agnes agostinelli agostini agosto agresta aguayo aguilar aguilera aguirre agustian ' +
  'agustina agyapong agyare agyei agyemang ahlberg ahlke ahluwalia ahmad ahmadu ahmed ahonen ahortor ' +
  'ahrenberg ahrens ahuja aidara aiello aigbiniode aigner aigroz airlangga ajakaiye ajao ajayi ajewole ' +
  'ajose-adeogun akal akalin akan akande akar akay akaydin akbaba akbay akbulut akcal akcali akcan ' +
  'akcay akdag akdemir akeem-omosanya akel akerele akesson akgoz akgul akgun akinci akinola akinrinola ' +
  'akintade akinwande akisik akkan akkas akkaya akkoc akkor akkoyun akkoyunlu akkurt akman akoto akowua ' +
  'akpinar akridas aksakal aksel aksit aksoy aksungur aktan aktas aktay akyeamfuɔ akyeampong akyel ' +
  'akyena akyerεko akyildiz akyurek akyuz al-farsi al-rashid al-sayed alabi alafouzos alaimo alamsyah ' +
  'alanis alaniz alarcon alavanos alba albanese albano alberti albertyn albrecht albu alcala alcamo ' +
  'alcantar alcaraz aldea alejandro aleksandrowicz aleman alessandrini alessi alev alevizopoulos ' +
  'alevizos alexakis alexander alexandrescu alexandridis alexandrou alexandru alexe alexiadis alexiou ' +
  'alexopoulos alfano alfaro alfieri ali alicea alici aligbe alivernini alivizatos alizadeh alkan ' +
  'alkaya allegretti allgeyer almanza almaraz almeida almonte alniacik aloba aloi alonso alonzo alpman ' +
  'alpugan altamirano altan altenwerth altieri altinay altinbas altinel altinisik altinok altintas ' +
  'altiok altun altuntas alva alvarado alvarez alves alyanak amabile amado amador amadori amaechi amann ' +
  'amanta amar amaral amato amaya amberg ambrosini ambrosino ambrosio amendola amerio amici amico ' +
  'aminat amla ammann ammoscato amo amoa amoako amoasi amorim amoroso amoruso ampadu ampofo amponsah ' +
  'amrein amundsen anagnostakis anagnostou ananda anandya anastasiadis anaya ancona anda andersen ' +
  'andersson anding andini andorful andrade andre andreadis andreassen andreasson andrei andreoli ' +
  'andreou andresen andriani andrisani andrzejczak andrzejewski anelli angeletti angeli angelidis ' +
  'angelidou angelini angelis angeloni angelopoulos angelopoulou angelucci anggraini anggreny ' +
  'anggriawan anghel anguiano angulo anjani anjos ankra ankunding anne annunziata anokye ansa anselmi ' +
  'anselmo antal antczak antenucci antezza anton antonacci antonelli antoni antoniadis antonini ' +
  'antoniou antonopoulos antonopoulou antonucci anttila antunes antwi anzalone aoki aparicio apicella ' +
  'apitz apodaca aponte apostol apostolidis apostolou appia appiah aprile aqila aquino aragon aramini ' +
  'arana aranda aras araujo arcangeli arce archuleta arda ardana ardelean ardeleanu ardianto ardiyanti ' +
  'aregger arellano aremu arendt arens arevalo argenio argento argiolas arguello argyriadis arican ' +
  'arifin arig arik arikan armas armendariz armenta armijo armstrong arnaud arndt arnesen arnold arora ' +
  'arredondo arreola arriaga arslan arslanoglu arteaga artioli arvanitis arvidsson aryani aryanti aryee ' +
  'asamoa asamoah asan asante asare asaro aschenbroich asci ascione asenso ashley asiama asiedu asik ' +
  'asikoglu asil askin aslan aslanoglu aspasios assmus assuncao astafei astolfi astuti aswandi ata ' +
  'atakan atakol atalik atan atanda atasever atay atencio ates athanasiadis athanasiou atici atik ' +
  'atilgan atli atzeni atzori au aubert aubry aucamp auer aufderhar augustyn augustyniak avallone ' +
  'avalos avan avci avcioglu avgerinos avila aviles avola avram avramidis awodiran awolowo awuah ' +
  'axelsson axiotis axmann ayala ayandokun ayaydin ayaz aybar aycan aydan aydemir aydin aydogdu aygun ' +
  'ayhan ayisat aykac aykan aykurt ayobami ayomide ayoola aytac aytek aytekin ayverdi azara azevedo ' +
  'azikiwe aziz azizah azzahra ba baafi baah baarck baawia babacan babali babalola babaoglu babatunde ' +
  'babini babou babtunde baca bacci bacher bachmann baciu badane badea bademci badenhorst bader badiane ' +
  'badillo badji badu baek baez baeza baganz bagaskara baggio baginski bagis bagnoud bahadir bahena ' +
  'bahl bahringer bai bailey baiocco bak bakan bakare bakhoum bakirci bakircioglu bakke bakken bakker ' +
  'bakos bakowski bakr balaban balan balazs balboni balcer balcerzak balci balck baldacci baldassarre ' +
  'balde balderas baldi baldini baldo balducci balestra balint balistreri balkow balla ballarin ' +
  'ballesteros balli ballouhey balmer balnuweit balog balogh balogun baloyi balsamo baltaci balzano ' +
  'balzer bamidele bamiloye bamisebi banach banas banasiak banasik banda bandini bandopadhyay banerjee ' +
  'banica banse banu banuelos baptista barajas baraldi baran baranowski baranski barbagallo ' +
  'barbarosoglu barbarossa barbarulo barbato barbera barberi barberis barbero barbier barbieri barbiero ' +
  'barbosa barbu barbulescu barela bari barile barilla barlas barletta barna barnard barone baroni barr ' +
  'barra barragan barras barraza barre barreca barrera barresi barreto barretta barrientos barros barry ' +
  'barsotti barta bartczak bartell bartels barth bartkowiak bartnik bartoletti bartoli bartolini ' +
  'bartolomei bartolucci barton bartosik barylla basaran baseda bashirian basile basmaci basoglu ' +
  'bassani basson batista battaglia battig battista battisti battistini battke baturalp batz bauch ' +
  'bauer bauermeister baumann baumbach baumeister baumgartner baur bauschinger bauschke bavaud bayazit ' +
  'baydar bayeni bayer baykam bayraktar bayraktutan bayram baysoy beahan beatty beavogui becerra bech ' +
  'bechtelar beckel becker beckmann bedewitz bedini bednar bednarczyk bednarek bednarski bednarz beek ' +
  'beele beerli beggerow beh behr behrenbruch beier bejan bekdik bekker bektas bektasoglu bella belli ' +
  'bellini bello bellomo bellotti bellucci belmonte belotti beltrame beltrami beltran belvisi belz ' +
  'benatti benavides benavidez benecke benedetti benedetto benetti bengtsson bengu benigni benini ' +
  'benitez benjamin bennardo benner bennett benninger benoit bentivoglio benvenuti benvenuto benz ' +
  'benzing berardi berberoglu berends beretta bergamasco bergamini berge berger berggren berglund ' +
  'bergman bergnaum bergqvist bergstrom berk bermudez bernabei bernal bernard bernardi bernardini ' +
  'bernasconi berner berney bernhard bernier berning berntsen berrios berset bertaccini bertani ' +
  'bertelli bertelsen bertenbreiter berthoud berti bertini berto bertolini bertolussi bertrand beserler ' +
  'besikci beso besok bester betancourt bethke betschart betti betz beushausen beutelspacher bevilacqua ' +
  'beye beyeler beyer bezuidenhout bhadresha bhana bharadwaj bhat bhattacharya bhattathiri bhembe ' +
  'bhengani bhengu bhriain bhuyeni biagetti biagi biagini bialas bialek bialkowski bianc biancheri ' +
  'bianchetti bianchi bianchini bianco biasci biase biba bicakci biccari bicer bichler bickel bidaud ' +
  'bideau biedermann biedrzynski bielak bielawski bielecki bieler bielert bielski bienasch bienias ' +
  'bieniek bienkowski bieri biernacki biernat biesenbach bigdeli biggi bijl bildik bilen bilgen bilgic ' +
  'bilgin bilski bindi bini bionaz biondi birinci birkemeyer birlik biro bisconti bisgaard bisio bisset ' +
  'biteye bittner biyela bizzarri bjerke bjerregaard bjork bjorklund bjornstad blaga blanc blanchard ' +
  'blanckenberg blanco blanda blaschek blaser blasi blassneck blaszczak blaszczyk blatter bletsas blick ' +
  'bloch blochwitz blockhaus blom blomqvist blum blume boadi boadu boahen boakye boaten boateng bober ' +
  'boboc bocchi boccia bochenek bock bodea bodian bodini bodnar boduroglu boehm boer boffa bogan bogdan ' +
  'bogdashin bogenrieder bogisich bognar bogucki bogusz bohge bohm boi boje bolat bolatli bolle ' +
  'bolliger bolm bolukbas bolukbasi bona bonanni bonanno bonato bonazzi bonde bonelli bonetti bongiorno ' +
  'bongiovanni bonham-carter boni bonifazi bonilla bonini bonis bonisch bono bonomi bonomo bonsra bonsu ' +
  'boratav borbely bordoni borek borelli borge borgeaud borgeling borges borghi borgia borgschulze bork ' +
  'borkowski bormann borner bornscheuer boros borowiec borowski borrego borrelli borrmann bortolin ' +
  'bortoluzzi bortot boruschewski bos boscaino bosch boschetti boschi bosco boscolo bose boshoff bosi ' +
  'bosler bosman bossard bosshard bosson bota botello botezatu botha botsaris botsford botta bottner ' +
  'boucher boukouvalaioi bourcard bourrouag bouschen bove bovolenta boxhammer boyaci boyde boye boyer ' +
  'boyes boyle boz bozdogan bozek bozkir bozkurt bozoglu bozsik bozzi bozzo bradtke braga braia brakus ' +
  'brambilla branca branco brandao brandenburg brandi brandis brandli brandt bratu brauer braun ' +
  'brautigam bredenkamp brehmer breitenberg breitenstein brekke bremer bremser brennan brenner ' +
  'bresciani bressan breton brettschneider breu breuer briain briano briesenick brigandi brignone ' +
  'bringmann brinkmann briones briseno brito brits brix brizzi broda broek broening brogi brogli ' +
  'bromfield bromme brosch brouwer bruckmann bruder bruen brugger bruggmann bruhns bruijn brumat brun ' +
  'brunelli brunetti bruni brunner bruns bruschi bruun bruyn bruzzone brzezinski brzozowski bucakli ' +
  'buccheri bucci buch buchele bucher buchholz buchrucker buckridge bucur buczek buczkowski buczynski ' +
  'buda budai budak buder budiman budiyanto budzinski budzynski bueno buhl buhler buhlmann bui bujak ' +
  'buker bukowski bulak bulgarelli bultmann bulut bundgaard bunea bungener bunjes buongiorno buonomo ' +
  'burckhardt burghagen burgio burgos burkhard burkhardt burklein burlacu burmeister burri buruk ' +
  'burzynski busari busch buschbaum buscher busemann busse bussmann bustamante bustos butera buthelezi ' +
  'buttner buuren buzzi byrd byrne caballero caban cabras cabrera caccamo caccavo cacciapuoti ' +
  'cacciatore cadena cadoni caforio caggiano cagiran cai caiazza caiazzo caillat cailler cakir ' +
  'calabrese calabria calabro calafiore calame calandro caldera calderon cali califano calin callegari ' +
  'calligaris calo calvillo camacho camara camdali cameron camilli cammarata cammisa campagna campana ' +
  'campanella campanini campisi campo campoli campos canale canales cancelliere cancellieri candela ' +
  'candelaria candido canepa cangiano canino cannas cannata cannella cannone cano canova cantagallo ' +
  'cantoni cantu canu cao capannolo capanoglu capasso capecchi capelli capitani capizzi capoccia ' +
  'capocotta capogna capone caporaso cappai cappelletti cappelli cappello cappiello capponi capraro ' +
  'capriotti capuano caputo cara caraballo caracciolo caradonna carbajal carbone carboni cardella ' +
  'cardenas cardia cardinale cardinali cardini cardona cardone cardoso careddu carella caretti caricari ' +
  'carini carletti carli carlini carlino carlo carloni carlotti carlowitz carlsen carlsohn carlucci ' +
  'carminati carmona carneiro carnevale carnovale carolis carollo caron carosi carpentier carranza ' +
  'carrara carraro carrasco carrasquillo carre carreon carrera carrero carrieri carriero carrillo ' +
  'carrozza carrozzo carrus carstens carta carter cartwright caruso carvajal carvalho carvelli casadei ' +
  'casadio casagrande casale casali casano casanova casares casarez casavecchia cascio cascone casella ' +
  'caselli caserta casillas casini casolaro caspari caspers cassano cassim cassin castagna castaldi ' +
  'castaldo castaneda castellana castellani castellano castellanos castelli castelyn castens castiello ' +
  'castiglioni castillo casu casula catalano catalbas cataldi cataldo catana catania catanzaro catarsi ' +
  'catellani caterino cattaneo cattani cavalcanti cavaliere cavalieri cavallari cavallaro cavalli ' +
  'cavallini cavallo cavazos cavriani cazacu cazares ceballos cebekhulu cebula ceccarelli ceccarini ' +
  'cecchetti cecchi cecchini cecere cedillo ceja celano cele celebi celentano celeste celi celik ' +
  'cellini cenni centeno centofanti cepeda cerda cerrani cerrato cerri cerullo cerutti cervantes ' +
  'cervantez cesare cesaretti cetin cetiner cevik chacon champlin chan chang chapa chappuis chapron ' +
  'chapuis chapuisat charpentier chassot chatterjee chattopadhyay chaturvedi chaudhary chaudhry ' +
  'chavarria chavez cheallaigh chen cheng cherchi cherubini chessa chessari chetty cheuk cheung ' +
  'chevalier chiacchio chianese chiara chiaravalle chiavacci chibike chibuike chidinma chidozie chila ' +
  'chiliza chimenti chiodi chiriac chirico chirila chirita chis chiu chivu chmiel chmielewski chmura ' +
  'chojnacki chojnowski cholewa chollet chong chopard chopra choquart choy christ christensen ' +
  'christiansen christodoulou christou chrzanowski chu chudzik chui chuit chukwu chukwuma chung ciaccio ' +
  'ciacio ciampa cianci ciani ciavarella cicala cicatiello ciccarelli cicchetti cicco ciccone cichocki ' +
  'cichon cichy cierpinski ciesielski ciesla cieslak cieslik cifarelli cilli cilliers cimmino cinar ' +
  'cinelli cingolani cini cintron ciobanu ciocan ciocco cioffi cioni ciotola ciotti cipolla cipollaro ' +
  'cipolletta cipriani cipriano cirelli cirillo cisneros ciss cisse cissokho ciszewski citro cittadino ' +
  'ciuffetelli ciuffreda ciulla claasen claes claesson claeys clarius clarke clausen cleem clerc cleve ' +
  'cloete cloos clottu co coccia cocco coelho coinchon cojocaru colangelo colantuono cole colella ' +
  'coletta colin collado collazo collet colombo colonna colucci colunga coly coman comito como conaill ' +
  'concas concepcion conforti congiu coniglio conn connelly connolly conrad conroy considine consiglio ' +
  'constantin constantinescu conte conti contini contreras contu coppola corazza corboz cordero cordes ' +
  'cordioli corekci coretti corkery cormier cornejo cornelissen cornelsen coronado corradi corradini ' +
  'corrado corrales corrao correa correale correia corridori cors corsi corsini corso corsten corte ' +
  'cortes cortese cortesi cortez corti cortinovis corwin cosentino coslovich cosma cossu costache ' +
  'costantin costantini costantino costanza costanzo costea costin cotthardt cottier cotto cottone ' +
  'coulibaly coulon courten covaci covarrubias coviello cozma cozzani cozzi cozzolino craciun crea ' +
  'cremin cremona cremonesi crepaldi crescenzi crespi crespo cretu crevatin crimi crippa crisafulli ' +
  'crisan criscenti crisci criscione crispino crist cristea cristescu cristiano cristofaro critelli ' +
  'croce croitoru crona cronin cronjager cronnje crosskofp cruciani cruciata cruickshank csonka ' +
  'cucchiara cucciniello cuche cucu cuellar cui cullen cullinan cummerata cummings cunha cuomo curci ' +
  'curcio curiel curreli cusimano cusumano cuzzocrea cybulski cygan czaja czajka czajkowski czapla ' +
  "czarnecki czech czechowski czekaj czerniak czerwinski czyz czyzewski d'agostino d'aleo d'alessandro " +
  "d'alessio d'amato d'ambrosio d'amico d'amore d'andrea d'angeli d'angelo d'anna d'argenio d'avino " +
  "d'elia d'errico d'inca d'ippolito d'onofrio d'orazio d'urso daako dabek dabkowski dabo dabrowski " +
  'dach dachert dagdas dagklis daglaroglu dahl dahlberg dahm dahmen daidone daimer dal dalgaard ' +
  'dalkiran dallenbach dalmasso damanik damaske damaskinos damayanti damian damiani damiano damico damm ' +
  'dan danciu dang daniel daniele daniels danielsen danielsson danila danjuma danneberg danner danso ' +
  'dante dao darko darmawan darojat darteh dartey darwish das dascalu daskalopoulos daskalopoulou ' +
  'dattilo daubner daudrich dauer daugherty daum dauth dautzenberg david davidsen davies davila davoli ' +
  'deak deane debowski debski dec decker deckert deckow declerck declercq decock decoster deerberg ' +
  'degano degrassi dehmel deiana deja dekker del delacruz delafuente delagarza delaney delao delapaz ' +
  "delarosa delatorre delazy deleon delfino delgadillo delgado dell'amico delle delogu delonge delrio " +
  'deluca delvalle dembele deme demetriou demir demirbas demirel demontis demurtas demut denaro denesik ' +
  'deng dengler denis denkel denner denti denzinger denzler deriu derr dertmann desai deschamps ' +
  'deshpande desiderio desmet desogus despotopoulos destro dethloff deuschle devar deventer devos ' +
  'dewilde dhawan dhlamini dhlomo dhomhnaill dia diaby diack diaconescu diaconu diagne diakhate diallo ' +
  'diamanka diamanti diamantopoulos diana diao diarra dias diatta diattara diaw diawara diaz dibbert ' +
  'dickens dicki dickinson didaskalou dieckmann diedhiou diedrich diekmann dieme diene dienel dieng ' +
  'dietrich dietsche dietz dietzsch dieye diezel dijk dijkstra dilla dima dimaras dimitrakopoulos ' +
  'dimitriou dinca dingelstedt dingiswayo dinh dini dinu dio diome dione diongue dionisi diop diouf ' +
  'dioum dippenaar dippl dirgantara distefano dittmann dittmar dittmer dix dixon dizdar djitte djokoto ' +
  'dlamini dlugosz doan dobbrunz dobel dobler dobosz dobre dobrescu dobrowolski dobrzynski dodaro dogan ' +
  'dogaru doherty dohring dolce dolch dolci dold domagala domanski dombrowski domenico domingues ' +
  'dominguez dominiak dominici dominquez donald donati donato donda dongen donie donkor donnchadha ' +
  'donnelly dooley doorn doria doring dorner doro doronzo dorre doskoczynski doubiotis dourentis dower ' +
  'doxaras doyle drabik dragan draghici drago dragoi dragomir dragone dragoni dragoumis dragu drakos ' +
  'drame drechsler drees dreher dreier dreissigacker dressler drews driessen droz drozd drozdowski ' +
  'drozdz drzewiecki duah duan duarte dubashi dube dubiel dubochet dubois dubuis duca ducci ducommun ' +
  'ducret duda dudas dudek dudziak dudzik dudzinski duenas dufour duma dumas duminy dumitrache ' +
  'dumitrascu dumitrescu dumitriu dumitru dumont dunne duong dupont dupuis dupuy durak duran durand ' +
  'durante durgan durmaz dusenkalkar duszynski duta dutkiewicz dutoit dutta dutto duval duygulu dwamena ' +
  'dwivedi dyett dylus dyovouniotis dziedzic dziuba dzokoto eberhard eberhardt ebert eboh ebubechukwu ' +
  'echevarria ecker eckhardt ecoffey economides economou edorh edun edvardsen edwards effertz effler ' +
  'egbochukwu egeli eggenmueller egger egli ehigiator ehm ehmann ehrig eich eichenberger eide eifert ' +
  'einert eisenlauer ek ekici ekinci eklund ekpo eksioglu eksteen ekstrom ekwueme el-amin elbe elciboga ' +
  'elebiyo elevtheriadis elevtheriou elevtheropoulos eleyth elia eliasson elicin eligibile elizondo ' +
  'elmastasoglu els elsayed elss elvina elworthy emard embranthiri emenike emert emig emmanuel ' +
  'emmelmann emmerich enache ender endo ene engel engelen engelmann engstrom enriquez epifani eplinius ' +
  'erasmus erbay erberk erbulak ercetin ercoli erdem erdman erdmann erdogan eren erez erginsoy erhardt ' +
  'eriksen eriksson erkekli erlei erm ermini erni ernser ernst eronat errante errera errichiello errico ' +
  'ersoy ertepinar ertl erturk erwes esbensen escalante escamilla escobar escobedo esenwein esparza ' +
  'espinal espino espinosa espinoza esposito esquibel esquivel esser esteves estevez esther estrada ' +
  'etzebeth eugster evangelista evangelisti evans evensen evers everts evliyaoglu evola evtaxias ewald ' +
  'eze fabbri fabbricatore fabbro fabian fabiani fabiano fabre fabris fabrizi fabrizio fadda fadel ' +
  'fadipe fagunwa fahey fahner fajardo fajimi falabi falbo falcao falchi falcioni falco falcone faleti ' +
  'falk falkowski faller faloye falzone fanara fancello fanelli fankhauser fantini fantozzi faolain ' +
  'faraci farago faraone farber farcas farella faresta faria farias farida farin farkas farouk farra ' +
  'farrell farris fasano fasasi fashola fasoli fassbender fathina faty fauche faulhaber faure fava ' +
  'favara favaro favero favre fay faye fazekas fazio febian febrianti fedele federici federico feeney ' +
  'feest feher fehr fehrig feil fekete felber feld felder feleppa felice felici feliciano feliziani ' +
  'felke femina feng fenner fenske feo ferilli ferluga fernanda fernandes fernandez ferracuti ' +
  'ferraiuolo ferrando ferrante ferranti ferrara ferrari ferrarini ferrario ferraris ferraro ferrarotti ' +
  'ferreira ferrer ferreri ferrero ferretti ferri ferrigno ferrini ferro ferroni festa festuccia ' +
  'feuerbach fichardt fichera fidelis fierro fietz figl figueiredo figueroa figura fijalkowski filice ' +
  'filimon filip filipek filipiak filipowicz filipowski filippi filippini filippis filippo filipponi ' +
  'filsinger fincke fini finke finocchiaro finotti finstad fior fioravanti fiore fiorelli fiorentini ' +
  'fiorentino fiorenza fioretti fiori fiorillo fiorini fiorucci firgantoro firmansyah fischer fischetti ' +
  'fitschen fitzgerald fjeld flacco flanagan flatley fleischer fleischmann fleury flis floder florczak ' +
  'flore florea florek flores florescu florez floridia florio floris floros flottmann fluckiger fodor ' +
  'fofana fofie foged foglia fois fok fonda fonseca fontaine fonti forconi foretay forgione forkel ' +
  'forlani formica fornara forsberg forst forster fortugno fortunato foschi fosse fossum fosu foti ' +
  'fourie fournier frackowiak fraczek fraga frahmeke frami francesca franceschi franceschini francesco ' +
  'francesconi francese franchi franchini franco francois frandsen franecki franey franke frankowski ' +
  'fransson franta frantz franz franze franzis franzmann franzoni frasca fratczak fratello fratila ' +
  'fratti frau frauen frauendorf frederiksen fredriksen fredriksson frei freigang freimann freimuth ' +
  'freisen freitas frenzel freriks frey freymond frezza frias frick fricke friedek friedenberg friedli ' +
  'friedmann friedrich friesen friess frigerio frigo frisch fritsch frohn frosch fu fucci fuchs fuentes ' +
  'fuhlbrugge fujiati fujii fujiwara fukuda fulop fumagalli fumarola fung funmilayo fuoco furlan furman ' +
  'furno furrer furtado fusaro fusco fusenig fust gaba gabhezi gabius gabler gabor gabriele gabrielli ' +
  'gaddini gade gadiaga gadomski gadschiew gaetano gagliano gagliardi gahwiler gaillard gaitan gajda ' +
  'gajewski gakstadter galander galani galanis galante galarza galasso galati galazka galeazzi galindo ' +
  'galka gallagher gallardo gallegos galli gallo galluzzo galvan galvez gama gamba gamberini gambino ' +
  'gamboa gamez gamlin gamper ganaka gandhi gandolfo ganea gangemi gangnus ganzmann gao gaona garatva ' +
  'garau garavaglia garay garcia garcia-lopez gargiulo garibay garica garifo garnier garofalo garrido ' +
  'garza gasior gasiorowski gaspar gaspari gasparini gassama gasser gast gastel gastelum gatta gatti ' +
  'gatto gatzka gauder gaudiano gaudio gauthier gautier gavrila gawel gawlik gawron gawronski gaye ' +
  'gaytan gazzola gbadamosi gbogboade gealbhain gebhardt gehre gehrig gehring gehrke geiger geisendorf ' +
  'geisler geissler gemma genchi genna gennadios gennaro genoud genovese gentili georgescu georgiadis ' +
  'georgiou gerace geraci geraghty gerard gerbennow gerber gerdel gerhardt gerhold gerlach germani ' +
  'germanos germanou gerritsen gerschler gerson gervasi gerwig gesell geyer gfeller ghanem gheorghe ' +
  'gheorghita gheorghiu gherman ghilardi ghirmai ghita ghosh giacalone giaccio giachi giacomelli ' +
  'giacomo giagkos giampaoli giampaolo giannakopoulos giannaris giannelli giannetti gianni giannini ' +
  'giannone giannopoulos giannotti gianotti giansante giardina giardini gibbs gibson giehl gielen ' +
  'gierisch giesa giesche gigaba giger gigli giglio gigliotti gil gilde gillieron ginneken gioacchini ' +
  'gioia giordani giordano giorgetti giorgi giorgio giovannelli giovannetti giovanni giovannini ' +
  'giovinazzo girard girardet girardi giraud giraudo girolamo giron girone gislason giudice giuffrida ' +
  'giugliano giuliani giuliano giunta giurgiu giuseppe giusti giustra gkofas glab glasson glatting ' +
  'gleason gleichner glogowski gloor glosli glover glowacki glykys gning gningue gobbi gobel gockeritz ' +
  'godinez godlewski godoy goebel goedicke gohler golab goldbeck goldfuss goldkamp goldkuhle goldner ' +
  'golebiewski golebiowski golec golinelli goller golling gollnow gollum golomski gombert gomes gomez ' +
  'gomis goncalves gonultas gonzales gonzalez goodwin goonam goosen goossens gora goral gorczany ' +
  'gordhan gorecki gori gorka gorlich gormer gorniak gorny gorski goto gotthardt gottlieb gottschalk ' +
  'gotz gotzelmann goudiaby gounaris gousios govender govoni gowda goy goyette graaf graber grabowski ' +
  'gracia graczyk grady gradzki graf graham gran grana granado granados granata granato grandi ' +
  'grandjean grasse grassi grasso gratzky grau gravina graziani graziano greb greco grecu greenfelder ' +
  'greenholt greger gregersen gregori gregorio greithanner greppi greschner grezia grieco griego griem ' +
  'griese griffiths grigoras grigore grigorescu grijalva grilli grillo grimaldi grimm grob grobelaar ' +
  'grochowski groebli groen gromisch groot groothuizen grosjean grossheim grossi grosskopf grosso grosu ' +
  'grothaus grothkopp grotke grotzinger groza grube gruber grudzien grun grundmann gruner gruning ' +
  'gruppuso gruszczynski gruszecki gruszka grzegorczyk grzelak grzesiak grzesik grzeskowiak grzyb ' +
  'grzybowski grzywacz gu guajardo gualtieri guardado guarino guarneri guarnieri guastella guastone ' +
  'gudmundsson guerin guerra guerreiro guerrero guerrieri guerriero guerrini guevara gueye guglielmi ' +
  'guha guida guidetti guidi guido guidotti guillaume guillen guillot guinand guisse gul guldemeister ' +
  'guler gulgowski gulino guliwe gulli gulyas gumede gummelt gumuspala gunarto gunawan gunday gundersen ' +
  'gunduz gunes guneta gunkel gunnarsson gunther gunz guo gupta gurbig gurmen gurrieri gurule ' +
  'gusikowski gusmeroli gustafsson gutierrez gutjahr gutkowski gutmann gutowicz gutowski gutschank ' +
  'guyot guzik guzman gwacela gwala gwozdz gwozdzik gyamfi gyasi haack haaf haag haan haas habeeb habel ' +
  'haber habibi hache hackbusch hackelbusch hackett haddad hadfield hadjidakis hadwich haferkamp ' +
  'hafliger hafner hagen hagenes hahn haikal hajdu hajduk hajek hakala hakansson hakim hakkarainen ' +
  'hakyemez halasz hald haley halim halimah hallmann halvorsen halvorson hamalainen hamann hamdan ' +
  'hamill hammes hamzaoglu handayani handoko hane hanekom hanenberger hanifat hannecker hanni hanniske ' +
  'hansen hansson hao harber hardiansyah hargasser harini hariyah harnapp haro harris hartati harter ' +
  'harting hartlieb hartman hartmann hartwig hartz harvey haryanti haryanto hasanah haschke hasegawa ' +
  'hashimoto hasler hassan hassanah hasse hassfeld hastuti hathorn hattingh hatzis hauck haug haugaard ' +
  'haugen hauke haukelidsaeter haupt hauser haverney hayashi hayes hayworth heaney hearne heathcote ' +
  'heberstreit hechler hecht hedegaard hedermann hediger hedlund heefer heerden hegedus hegmann hehl ' +
  'heidelmann heidenreich heidler heijden heikkila heikkinen heinemann heinig heinke heinonen heinrich ' +
  'heinze heiser heller hellmann hellstrom helmke helpling hendriks hengmith henkel hennes hennessy ' +
  'hennezel henri henriksen henriksson henriques henriquez hense hensel hentel hentschel hentschke heo ' +
  'hepperle herberger herbrand heredia hering herlambang herman hermann hermans hermansen hermansson ' +
  'hermawan hermecke hermiston herms hernadez hernandes hernandez herold herrera herrmann herschmann ' +
  'hertel hertzog herweg herwig herzenberg herzog hess hesse hessek hessel hessler hettinger hetzler ' +
  'heuck heunis heuvel heydemuller heyden hickle hidalgo hidayanto hidayat hiebl hildebrand hildenbrand ' +
  'hilgendorf hillard hiller hilll hilpert hiltunen himawan hingsen hingst hinojosa hinrichs hintz ' +
  'hirsch hirschberg hirt hirthe hirvonen hitchinson hjort hjorth hlatshwayo hlongwa hlongwane hoang ' +
  'hochstrasser hocke hodea hodel hodkiewicz hoeger hofer hoff hoffmann hofman hofmann hofstetter hoft ' +
  'hohenberger hohl hohn hohne hohnheiser holdt holguin holinski holl hollard holm holmberg holmgren ' +
  'holmqvist holtfreter holz holzdeppe holzner homenick hommel honegger honig honz hooss hopland hoppe ' +
  'horak hordt horna horne hornung horst hort horvath hottinguer hotz hou hougaard howard howe howell ' +
  'hsu hu huang hubenbecker huber hubert hubl hubner huckestein hudak hudson huebel huel huels huerta ' +
  'huet hugel hughes hugo huguenin huhn hui huisman huixtlacatl hujo huke huls humbert humbert-droz ' +
  'huneke hunziker hurlimann hurtado huseby hussain hutagalung hutapea hutasoit huth huttcher hutter ' +
  'huwiler huynh hwang hyatt iacob iacolare iacono iacovino iacovone iancu iandolo iannaccone iannello ' +
  'ianni iannone iannucci iaria iazzetta ibarra ibe ibikunle ibrahim ichim ierardi iersel iezzi ' +
  'iglesias ignat igwe ihly ikeda ilicali ilie iliescu iliopoulos illes illing ilori ilupeju imhof ' +
  'immelman impellizzeri improta indelicato ingrassia ingrosso innocenti inoue inzerillo ioannidis ' +
  'ioannou iodice ionescu ionita iordache iorga iorio iosif iotti iovino ippoliti ippolito irawan ' +
  'irfandi irimia irizarry isaac isak isaksson isekenmeier ishii ishikawa isik isler ismail isokun ' +
  'ispas istrate iswahyudi iten ito itt iuliano ivan ivascu iversen iwanowski iwanski iwu iyalla iyanda ' +
  'iyengar iyer izdebski izzi izzo jaarsveld jaber jablonski jackowski jacob jacobi jacobs jacobsen ' +
  'jacobson jacquet jager jaggi jagiello jagielski jagodzinski jagusch jahn jahnke jailani jaime jaimes ' +
  'jain jaiyeola jakab jakobs jakobsen jakobsson jakubczyk jakubiak jakubowski jambor jamiu jamrozy ' +
  'janas jander jang jangid janiak janich janicki janik janiszewski janke jankowiak jankowski janowski ' +
  'jansen janssen janssens jansson jantjies januar janus janusz januszewski jaquez jaramillo jarets ' +
  'jaros jarosz jarvinen jarzabek jasinski jaskiewicz jaskolski jasso jast jastrzebski jaworski jean ' +
  'jeanneret jedrzejczak jedrzejczyk jedrzejewski jegorov jelita jellinghaus jenkins jenni jensen jeon ' +
  'jeorga jeppesen jerde jerschabek jespersen jess jesus jezierski jha jia jiang jimenez jiminez jimoh ' +
  'johannessen johannsen johansen johansson johar johnsen johnston jokinen joly jonas jones jong jonge ' +
  'jonker jonsdottir jonsson jordaan jorgensen joshi joshua jossa jost joubert jozwiak jozwik juarez ' +
  'jucken juhasz juhl julien jungbluth jungton jurado jurek jurgens jurkiewicz jurkowski justesen ' +
  'justina juszczak juwita ka kacprzak kaczmarczyk kaczmarek kaczmarski kaczor kaczorowski kaczynski ' +
  'kadar kaesmacher kagi kahl kahler kahlert kahles kahlmeyer kahveci kahyang kaiser kakkar kakridis ' +
  'kalamogdartis kalaris kaleta kalin kalinowski kalisz kallabis kallensee kalligas kallio kallis ' +
  'kalogiannis kaluza kalyan kalyvas kamal kamara kamat kaminski kampf kampschulte kan kanakaris-roufos ' +
  'kanaria kande kandji kane kanea kanellopoulos kania kaniewski kanimal kaniyar kano kante kanzaki ' +
  'kaplan kaplangi kapoor kappe kappler kapsis kapusta kara karabocek karabulut karadas karaduman ' +
  'karaer karagiannis karakaya karalis karam karamanlis karamitsos karan karas karatas karavias ' +
  'karczewski kardache karem karen karhoff karikari karjalainen karlsen karlsson karpinski karras ' +
  'karrass karst karsten karus karwowski kasapoglu kaser kasidiaris kasperek kasprzak kasprzyk kass ' +
  'kasse kassulke kasten kastner kaszuba kather katherine kathrada kato katona katsaros katzinski ' +
  'kaufmann kaul kaur kausemann kautzer kavaklioglu kavanagh kawa kawecki kawohl kaya kayode kazantzis ' +
  'kazmarek kazmierczak keane kebe kececi kedikoglou kedzierski kedziora keebler keil keiner keita ' +
  'keith kelemen kelly kelm kemmer kemp kempe kemper kempis kempter kennedy kepa kerekes kerl kerluke ' +
  'kern kertzmann keseroglu keskin kesselring kesselschlager kessler kette kettenis keung keutel khalid ' +
  'khanna khatri khawula khouma khoury khoza khumalo khumalu khuzwayo kiehn kiessling kihn kilback ' +
  'kilic kilicci kimberly kimura kinadeter kindelan kinnunen kinsella kinzel kinzy kirac kiraly kirch ' +
  'kirlin kirst kirsten kis kisabaka kisiel kita kjaer kjeldsen klaas klabuhn klapper klauder klaus ' +
  'klausen kleeberg kleiber klein kleinert kleininger kleinmann kleinsteuber kleiss klemme klerk kleven ' +
  'klimczak klimek kling klinger klink klocko klopsch klos klose klosowski kloss klusener kluwe kmiec ' +
  'kmiecik knabe knapik knecht kneifel knetsch knies knippel knobel knoblich knoetze knorr knorscheidt ' +
  'knudsen knut kobayashi kobs kobus koc kocabiyik kocak kocchar koch kochan kock kocoglu kocsis ' +
  'kocyigit koczulla koderisch koehl koehler koelpin koen koenig koepp koester kofferschlager kofler ' +
  'kogut koha kohle kohler kohlmann kohnle kohrbruck kohre kohrt koivisto koj kok kolade kolakowski ' +
  'kolasa kolb koleiski koliatsos kolly kolodziej kolodziejczyk kolodziejski kolokas kolotzei komninos ' +
  'komoll komorowski konate kondo konieczna konieczny konig koning konopelski konopka konow ' +
  'konstantinidis konstantinou konstantopoulos konte kontoleon kontostavlos konya koob koomson ' +
  'kopczynski kopec koper kopernick kopf korakas korhonen korkmaz kormukcu kornaros korol koromilas ' +
  'koronaios korta kortajarena korzeniowski kos kose kosenkow koseoglu kosinski koskinen kosmopoulos ' +
  'kosoko kosowski koss kostecki koster kostopoulos kostrzewa koszewski kot kotowski kotzias koubaa ' +
  'koundouros kountouriotis kouris kourmoulis koutalianos kouvelis kovacek kovacs kowal kowalczuk ' +
  'kowalczyk kowalewski kowalick kowalik kowalinski kowalska kowalski koya koybasi koyluoglu koyuncu ' +
  'koza kozak kozakiewicz kozey koziel koziol kozlowski kozma krabbe kraft krajcik krajewski krakowiak ' +
  'kral kramer kranz krasnova krauel kraus krause krauspe krawczyk krawiec kreb krebs kreiger kreissig ' +
  'kresse krestenitis kreutz krieger kriel krige krippner kris krishnan kristensen kristiansen ' +
  'kristoffersen krockert krodinger kroger krogh krohn krol krolikowski kron krueger krug krugel kruger ' +
  'kruk krukowski krull krupa krupinski kruschinski kruszewski krysiak krzeminski krzyzanowski kshlerin ' +
  'ksiazek kub kubacki kubera kubheka kubiak kubica kubicki kubik kubli kuc kucharczyk kucharski kuchta ' +
  'kucinski kucukler kuczynski kuday kufahl kuhic kuhlee kuhlman kuhn kuhnel kuhnemund kuhnen kuhnert ' +
  'kuhnke kuijpers kuiper kujawa kujawski kula kulaksizoglu kulas kulesza kulig kulik kulimann kulinski ' +
  'kulkarni kulma kumar kumbernuss kumcuoglu kumi kummle kunde kunene kung kunt kunter kunz kunze kuo ' +
  'kupfer kuphal kupprion kuprion kurek kurniawan kurnicki kurowski kurrat kurschilgen kurt kurutluoglu ' +
  'kus kuschewitz kuschmann kusi kuske kusmawati kustermann kusters kusuma kusumo kuswandari kuswoyo ' +
  'kutch kuter kutlay kutscherauer kutzner kuvalis kuypers kuzmina kuzucu kvarme kwaakye kwadwo kwan ' +
  'kwarteng kwasniewski kwiatkowski kwiecien kwiecinski kwok kwon kwong kyei kypraios kyra kyriakou ' +
  'laack laakso laaksonen laan labadie labate laboy labropoulos lacerda lach lacroix ladega ladewig ' +
  'laezza lagana lagos lahtinen lai lailasari laimos laine laitinen lakatos lakin lakomy laksita ' +
  'laksmiwati lamacchia lambelet lambert lamberti lambrou lameras lammert lamos lamula lana landi ' +
  'landmann lang lange langeveldt langfeld langhirt langosh langworth lanig lanteri lanz lanza laoire ' +
  'lapinski lara lari larkin larsen larson larsson lascio laskowski lasota laszlo latifat latini ' +
  'latorre lattanzi latupono lau laubscher lauckner lauinger laureano lauren laurent lauri lauridsen ' +
  'laursen lausecker laux lavecchia lawal lazar lazuardi lazzari lazzarini lazzaro leal leale leannon ' +
  'leberer lebron lebsack lecca lecce lech leclerc leclercq lecomte ledda ledesma ledner leeuw leeuwen ' +
  'lefebvre lefevre leffler leggio legrand legros lehmann lehner lehtinen lehto lehtonen leibold leide ' +
  'leilani leimbach leinonen leipold leist leite leiter leiteritz leitheim leiva leivadas leiwesmeier ' +
  'lelli lemaire lembede lemke lemmens lemoine lemus lenart lenfers lengyel lenk lentini lenz lenzen ' +
  'lenzi leo leon leonard leonardi leoncini leonetti leoni leopardi lepore leppanen lepthin lerma ' +
  'leroux leroy lesch leschnik lesiak lesmana lesniak lesniewski lestari leszczynski letsoalo letzelter ' +
  'leu leuba leuenberger leung leuschke leutenegger lewandowski lewicki lewin lewis lewke leyckes leye ' +
  'leyva lezzi lg liakopoulos liang liao liapis liberati liberto librizzi licata liccardo licciardello ' +
  'lichtenfeld lichtenhagen lichtl licitra liebach liebe liebich liebold lieder lienshoft ligorio ' +
  'liguori lima limon limoncuoglu lin linares lind lindberg lindenberg lindenmayer lindgren lindholm ' +
  'lindner lindqvist lindstrom linke linnenbaum linsey liotta lipari lipinski lipka lippe lippi ' +
  'lippolis lipske lipski lipus lis lischka lisi lisiecki lisowski littel litterio liu liuzzi liverani ' +
  'lloyd-webber lobinger locatelli locci lochner lockman loddo loera loffredo lofgren logsch lohmann ' +
  'lohre lohse loi loiacono lokar loken lolli lombardi lombardini lombardo lomeli lonardi longhi longo ' +
  'longobardi longoria lontos loogen lopez lorentzen lorenz lorenzini lorenzo loreti loreto lori ' +
  'lorusso losch loska lotito lott lotter lotti loubser loukas loulis loum loup loupis loureiro ' +
  'lourenco lourinho louw lovato lowa lowe loy loya lozada lozano lubina lubke lubowitz luca lucarelli ' +
  'lucarini lucas lucchese lucchesi lucero luchetti luchini luciani luciano lucidi lucio luconi luczak ' +
  'ludolf lueilwitz luettgen luevano lufft lugli lugo lui luise luk lukacs lukasiewicz lukasik ' +
  'lukaszewski lukoschek luna lund lundberg lunde lundgren lundin lundqvist lundstrom lungu luo luongo ' +
  'lupi lupica lupo luppi luppino lupu luscher lustenberger luthi luthuli lutje lutz luyt luzi luzzi ly ' +
  'lykos lytras maak maas mabaso mabhida mabizela mabunda macaluso macchi macchia macdonald macedo ' +
  'macejkovic macgyver machado machtig maciag macias maciejewski mackiewicz mackowiak macnamara macovei ' +
  'macri maczey madej mader madetzky madonna madrid madsen madubuko maduma maes maestas maffei maftei ' +
  'magalhaes magana maggi maggiani maggio maggiore magi magkas magliocco magnani magno magnussen ' +
  'magnusson magoza magyar mahabeer mahajan mahardika mahendra mahestri maheswara maheswari mahlangu ' +
  'mahmoud maia maiello maier maillard mainardi maio maione mair maisch maj majcher majchrzak majewski ' +
  'majka mak makela makhanya makinde makinen makinwa makowski makri makris makuachukwu malagoli malan ' +
  'malaspina malatesta malavasi malave malaxos maldonado malec malecki malek malerba malfa malhotra ' +
  'malicki malik malinga malinowski maliszewski malizia malkus mallmann maltese malucha maluleke manca ' +
  'mancinelli mancini mancino mancuso mandala mandasari manea manetti manfredi mangane mangano manginas ' +
  'mangione mangunsong maniakis manica manicone maniscalco mann manninen mannino manno manns manolache ' +
  'manolas manole mansell mansour mansson mansur mante manti mantovani manullang manz manzanares ' +
  'manzella manzi manzo mao maphisa maragno marahrens marais marangi marangon marangoni marani marano ' +
  'marar marbun marcelli marcello marcet marchal marchand marchesan marchese marchesi marchesini ' +
  'marchetti marchetto marchewka marchewski marchi marchini marciano marciniak marcinkowski marco ' +
  'marcon marconi marcovecchio marcu marcucci marcussen marczak mardhiyah marega marek marelli maresca ' +
  'marginean margiotta margis mari marian mariani mariano marin marinelli marinescu marini marinos ' +
  'marinucci mariotti maris mariucci mariz markham markiewicz markopoulos markowski marl marner maro ' +
  'marone marongiu marotta marpaung marquardt marquart marques marquez marra marras marrazzo marrero ' +
  'marrone marroquin marschek marsella marsili marszalek martel martelli martellucci martensson marti ' +
  'martin-smith martina martinelli martines martinez martino martinsen martinsson marton martorana ' +
  'martucci marty marvin marx marxen maryadi maryam maryati maryjane marzano marzec marzi marziali ' +
  'marzio marzocchi masala mascarenas mascia masciandaro mascolo maseko mashinini masi masia masiero ' +
  'maslanka maslowski massa massari massaro massimi masson mastrogiacomo mastroianni mastronardi ' +
  'mastropietro masucci mata matarazzo mateescu matei matera mathebula mathes mathies mathieu mathisen ' +
  'mathiszik matias matos matranga matschke matsuda matsumoto matta mattei matteo mattern matteucci ' +
  'matthes matthey mattia mattila mattioli mattsson matula matusiak matuszak matuszewski matysiak mau ' +
  'maugeri maulana maurer mauri maurizi mauro mauroff mautone mavridis mavrogenis mavundla maya ' +
  'mayasari maybach mayer mayert mayhos mayorga mayowa mazibuko mazilu mazur mazurek mazurkiewicz mazza ' +
  'mazzanti mazzarella mazzaro mazzei mazzeo mazzi mazzini mazzocchi mazzola mazzoleno mazzone mazzoni ' +
  'mazzotta mazzotti mbacke mballo mbatha mbaye mbende mbengue mbodj mboup mbow mbuso mccarthy mcclure ' +
  'mccullough mcdermott mcglynn mcgrath mcguinness mchunu mckenzie mclaren mclaughlin mcloughlin ' +
  'mcmillan mcnamara mebold medeiros medeot medhurst medici medina medrano medugno meer meeuwis ' +
  'megantara megna mehl mehlhorn mehloluhlaza mehlorn mehra mehrotra mehta meichtry meier meijer meili ' +
  'meintjies meireles meisch meissner meister mejia melandri melani mele melendez meletopoulos melgar ' +
  'meli melillo melinda melioi melis melker mellett melo meloni melzer memoli mena menard mencarelli ' +
  'menchaca menconi mendes mendez mendoza mendy menegatti menemencioglu menendez meng menga mengoni ' +
  'menna menne menon menozzi mensa mensah mensing meo meraz mercado mercier mercuri mercurio mereu ' +
  'merian merkel merli merlo mermoud merola merseburg mertens mertoglu mertz merwe merz mesloh mesquita ' +
  'messana messina messinezis meszaros metaxas mettler metz metzger metzner meulen meunier mewes meyer ' +
  'meylan meza mezei mfeka mfumu mgenge mhlanga mhlongo mhurchu miaoulis micco miccoli miceli ' +
  'michailidis michalak michalczyk michalek michalik michallek michaloliakos michalowski michalski ' +
  'michel michele micheletti michelucci michiels micillo micu mielczarek mielke mierzejewski miettinen ' +
  'migliaccio miglio migliore mignogna mihai mihaila mihailescu mihalache mihalcea mika mikitenko ' +
  'miklas mikolajczak mikolajczyk mikulski milan milani milano milazzo milczarek milde milea milella ' +
  'milewski militaru militello milton minah minelli mingarelli minniti mintzlaff miotto mirabella ' +
  'miramontes miranda mircea mirea mireles miron mishra misiak miskiewicz mistretta misztal mitchell ' +
  'mitsotakis mitzou miu miura mkhatshwa mkhize mlynarczyk mngomezulu mnisi mobolaji mocanu moccia ' +
  'mockenhaupt modica modise modzelewski moe moede moedl moeller moen moffa mofokeng moga mogbadunade ' +
  'mogenburg moguenara mohamed mohr mohrhard mohsner moise mojica mok mokwena mol moldner moldovan ' +
  'moldoveanu molefe molenaar molenda molina molinari molinaro molitor mollenbeck moller mollica ' +
  'mollinger molnar moloi molteni molzan monaca monache monaci monahan mondragon monnard monni monod ' +
  'monroy montag montagna montagner montalbano montalto montalvo montanari montanaro montanez montano ' +
  'montefusco monteiro monteleone montemayor montemurro montero monteros monterosso montes montesano ' +
  'montez monti monticelli montoya moonsamy moormann moosa mora morabito moraes morais morales morandi ' +
  'morar moraru moras morawo morawski morax moraz mordenti mordhorst moreau moreira morel morelli ' +
  'morello moretti moretto morgante morgenstern morhelfer mori moriconi morin morini morissette moritz ' +
  'morkel moro moroni morra morreale morri morris morrison morrone morsch mortensen mosca moscato ' +
  'moschovakis mosciski moseley moser moses mostafa mostert mosti mota motalo motaung motchebon motisi ' +
  'motloung motta mottet mottola motyka motzenbbacker moulin moura moya mphahlele mqwebu mraz mroczek ' +
  'mroczkowski mroz mrozek mrugalla msibi mthembu mthethwa mtolo mtshali mucha muckenthaler mudau ' +
  'mueller mues muhleis muinat mukaram mukherjee mukhopadhyay mulas mulder muller mulligan mulrain ' +
  'mulyani munaro munguia muniz munk munoz munsamy muntean munteanu mura murakami muratore murawski ' +
  'murazik murchu muresan murgia murillo muro murolo murphy murru murtas musa musat muschg musella musi ' +
  'musial musso mustapha mustika mustofa mustonen musumeci musy muszynski mutiat myburg myburgh myhrer ' +
  'nababan nabein nabow nader naf nagel nagy naidu naik nainggolan nair najera najjar najmudin nakagawa ' +
  'nakamura nalbantoglu namaga nambeesan namboothiri nanda nanez nannen nanni napierala napitupulu ' +
  'napoletano napoli napolitano nappi naranjo narcisi narciso nardi nardo narpati narvaez nascimento ' +
  'nashiruddin nasser nastase nastvogel nasyiah nasyidah natale natali natera nathania natsir nau ' +
  'naubert naude nauer naumann nava navarra navarrete navarro nawrocki nawrot nayar nazario nazzaro ' +
  'ncusi ndaba ndandali ndao ndaw ndebele ndiaye ndione ndir ndlovu ndong ndour ndoye ndukwu ne neacsu ' +
  'neagoe neagu neamtu nebioglu nechita necula nedelcu negoita negrea negrete negri negron negru nehru ' +
  'neill neimke nel nemes nemeth neri nerius nesti neto neubauer neubert neuendorf neumair neumann ' +
  'neupert neurohr neuschwander nevarez neves ney ng ngai ngcobo ngcolosi ngema ngo ngom ngozi ngubane ' +
  'nguer nguyen ngwazi ngwenya nhlapo nhleko ni niane niang niass niasse nic nica nicastro niccolai ' +
  'nicoara nicolae nicolas nicolay nicolescu nicoletti nicolini nicolo nicolosi nicosia nicotra niculae ' +
  'niculescu nieddu niedermeier niedziela niedzielski niedzwiecki niekerk nieklauson nielsen niemczyk ' +
  'niemi niemiec nieminen nienow nieto nieves niewiadomski niggeler nigro nijland nijs niklaus ' +
  'nikolaidis nikolakos nikolaou nikolaus nilsen nilsson ninalowo ningrum nino nishimura nissen nistor ' +
  'nita nitu nitzsche nkansa nkansah nkomo nkosi nkrumah nnaji noack nobile nobili nobre nocentini ' +
  'nocera nocerino nodler noga nogueira noh nojeem nolan nolte nomvethe nondlela nonyana norberg nordby ' +
  'nordin nordskaug nordstrom noriega normann norris northoff nota notaro noto novak novelli novello ' +
  'novitasari nowacki nowaczyk nowak nowakowski nowicki nowinski nozulu nsele nsia ntanzi nti ntiamoa ' +
  'ntim ntombela ntuli nucci nucera nugraha nugroho numanoglu nunes nunez nuraini nurdiyanti nurlaela ' +
  'nussbeck nuzzo nwabueze nwachukwu nwafor nwankwo nwogu nwosu nwuzor nxumalo nyaako nyame nyanda ' +
  "nyantakyi nyberg nygaard nygard nystrom nytra nzimande o'brien o'callaghan o'connell o'conner " +
  "o'connor o'doherty o'donnell o'driscoll o'dwyer o'grady o'hara o'keefe o'keeffe o'kon o'leary o'linn " +
  "o'mahony o'neill o'reilly o'rourke o'shea o'sullivan o'toole oancea obasanjo obeng oberbrunner " +
  'oberem oberg obergfoll oberlin obermaier obi obiageli obianuju obiora ocampo ocasio occhipinti ochoa ' +
  'ochs ochse odegard odetola odukoya odunayo odunsi oeser ofori ofosu ogawa ogbonna oggiano ogindan ' +
  'oginni ogulana ogunbamigbe ogunbanjo ogunbanwo ogunbiyi ogunbo ogunde ogundipe ogunleye ogunwande ' +
  'ogunwobi ogunyeye oikonomou ojala ojeda ojo ojua okada okafor okamoto okeke okocha okon okonkwo ' +
  'okorie okoro okpattah oktavian oktaviani oktovian okumus okuneva okunola okur okyere olabode oladeji ' +
  'oladimeji oladipupo olah olaiya olaniyan olaoluwa olariu olaru olasunkanmi olasunkanmi-fasayo ' +
  'olasupo olawale olbrich olczak olejniczak olejnik oliphant oliva olivares olivarez olivas oliveira ' +
  'olivera oliveri olivi olivier olivieri oliviero olivo olla olmos olofsson olowokeere oloyede olsen ' +
  'olson olsson olstad olszewski oltean olteanu olubode olubukola olubunmi olufeyikemi olugbayila ' +
  'olujimi olukotun olukunga olumide olusanya olutola oluwagbemi oluwakemi oluwanisola oluwaseun ' +
  'oluwaseyi oluwashina oluwatosin olvera omani omidina omobolaji omobolanle omojola omolara omotoso ' +
  'omowale ondricka onnen onohinosen onose ontiveros onur onyeama onyekachi onyinyechukwu oosterhuis ' +
  'oosthuizen oparinde opeyemi ophey opoku oppenheimer oppliger oppong oprea opris opuku oquendo ' +
  'oraloglu orban orbay ordonez orefice orellana orge orlandi orlowski orn ornelas orosco orosz orozco ' +
  'orru orsini orsos orta ortega ortenzi orth orthmann ortiz ortolani orzechowski oschkenat osei ' +
  'osenberg oshin oshodi osinski osorio ossowski ostberg ostby ostendarp ostervald ostli ostringer ' +
  'ostrowski ostuni ostwald osuagwu osuntokun ota otero othman oti otiwa ott ottaviani ottaviano otte ' +
  'otto ottonello otuo ouzounidis owczarek owen owokoniran owolabi owoyemi owusu oyadiran oyaifo ' +
  'oyebanji oyebola oyelaran oyelude oyeniyi oyetoro oyewole oyeyemi oyinkansola oyinlola oymen ozansoy ' +
  'ozberk ozbey ozbir ozcan ozdemir ozdenak ozdogan ozer ozgorkey ozkan ozkara ozkok oztonga oztuna ' +
  'ozturk ozuna pabon pacheco paci pacifici pacifico pacini pacocha paczkowski padberg padilla ' +
  'padmasari padovan padron padula paduraru paesler paez pagac paganelli pagani pagano pagliai pagliuca ' +
  'paimo paiva pajak pajonk paksut pakula pala palacios palacz paladini palano palastri palazzolo ' +
  'palermo palka palla palladino pallentin pallesen pallotta palma palmeri palmieri palmisani palmisano ' +
  'palombi palombo palomo palsson paluch palumbo pamuk pana panagiotopoulos panait panaro pandey ' +
  'pandolfi panek panetta pangestu pani panicker panico pantano pantazis pantoja panza panzeri panzig ' +
  'paola paolella paoletti paoli paolicelli paolillo paolini paolino paolo paolucci paone paonessa ' +
  'papadakis papadimitriou papadopoulos papadopoulou papafilippou papageorgiou papagos papaioannou ' +
  'papakonstantinou papakostas papaleo papandreou papanikolaou papantoniou papapietro papastefanou ' +
  'papazoglou papini papp pappalardo pappas paradiso paraschiv pardini paredes parente pariggiano ' +
  'parise parisi parisian parkin parlier parnell parodi parra parrinello parrino partida partyka parvu ' +
  'pasca pascale pascali pascarella paschke pascu pascucci pasini pasqua pasquale pasquali pasquini ' +
  'passarelli passeri passero passuello pasternak pastore pastorelli pastorino paszkowski pasztor ' +
  'pataki patane patel patil patino patrascu patriarca patrone patruno patti patzwahl pau paucek ' +
  'paukner paulse paun pavan pavani pavel pavlidis pavone pawelec pawlak pawlicki pawlik pawlikowski ' +
  'pawlowski paz peaquin pece pecora pecoraro pecorella pede pedersen pedone pedraza pedrazzini pedroni ' +
  'pedrotti pedroza peeters peixoto pekkan pektemek pelayo pellecchia pellegrini pellegrino pellicano ' +
  'pellitteri peluso pena peng penna pennestri penzo pepe perales peralta perdana perea perego pereira ' +
  'peres perez perilli perin perini permadi permata perna peroni perotti perra perret perri perrier ' +
  'perrin perrini perrone perrot perrotta perroy persson pertiwi perugini peruzzi pesaresi pesce ' +
  'peselman pession petcu petersen peterson petit petito petralia petrarca petre petrea petrella ' +
  'petrelli petrescu petridis petrini petrone petronio petrucci pettersen pettersson petzold pezzella ' +
  'pezzi pfannerstill pfeffer pfeiffer pfennig pfersich pfingsten pfister pflieger pflugner pham phan ' +
  'philipp philippe phillips phung piacentini piaget piana pianese pianigiani piasecki piatek ' +
  'piatkowski piazzolla pibiri picard picariello picchi piccinini piccione picco piccoli pichardo ' +
  'pichler pichlmaier pictet piechota pieczek piekarski pienaar pieri pierini pierro piesker pieterse ' +
  'pietras pietro pietruszka pietrzak pietrzyk pietsch piga pignatelli piguet pilarski pilat pilato ' +
  'pilch pili pilla pillai pillay pillitteri pimentel pina pinardi pineda pingpank pinheiro pinho pini ' +
  'pinna pinnock pinon pintea pinter pintilie pintus piorkowski piotrowicz piotrowski pipitone pippig ' +
  'piras pircher piredda pires pirone pirrello pirrone pirvu pisani pisano pischedda pisciotta ' +
  'piscitelli piscopo pisu pithey pitkanen pitschugin pittalis pittard pitzalis piva pivetta ' +
  'piwowarczyk pizarro pizzi pizzimenti pizzitola pizzo pizzuti plass platania platzer plauk plautz ' +
  'plessis pletsch plomb plonka plotzitzka pluta pocan poche podgorski poehn poels poeschl poge poggi ' +
  'poggio pogorzelski pohl pohland pohle poirier polak polanco polat polese poletti poli polidori ' +
  'polifka polimeno politi polito polizzi pollich pollina pollmacher pollock polverino pompei pompili ' +
  'pompilio ponitzsch pons ponti poon poore popa popescu poplawski popovici porcari porcu porebski ' +
  'porras porta porth portillo portmann posada poschmann postiglione postma potenza potgieter pothuvaal ' +
  'pottel poulsen pouros pouye powlowski poyrazoglu pozzi pozzo prabowo pradana pradipta prado prah ' +
  'prajapat prakasa prange pranowo prasasta prasetya prasetyo prastuti pratama pratesi pratico pratiwi ' +
  'prato prayoga preciado preda prediger predovic preez prempeh prencipe pressler presti prete ' +
  'pretorius preuk preuss prevost preziosi priemer prieto principato pringle prinsen prinsloo prisco ' +
  'privitera probst procopio procter prodan prohaska proietti prokop prosacco proske provenzano prus ' +
  'przybyl przybyla przybylski przybysz ptak puca pucci puccio puchalski puddu pudjiastuti puente puga ' +
  'puggioni pugliese pugliesi puglisi puiu puleo pulido purdy purnama purnawarman purnawati purwadi ' +
  'purwanti pury pusch puspasari puspita putra putri putzolu pytel qian qiao qin qiu quaglia quaranta ' +
  'quaresma quarta quartenoud quartey queiroz quesada quevedo quezada quigley quinn quinodoz quinones ' +
  'quinonez quinta quintairos quintana quintanilla quintero quinto quiros quiroz quitzon qureshi raabe ' +
  'rabenstein rach rachmawati racordon racz raczynski radebe radecki radler radoi radomski radtke radu ' +
  'radulescu rael raffa rago ragone ragusa rahardian rahayu rahimah rahman rahmawati rahn raimondi ' +
  'raimondo rajasa rajata rak rakowski rallo ramadan ramadhani rambaldi ramella ramirez ramos rampazzo ' +
  'rana randazzo raneri ranftl rangel rangen ranieri raniolo rantanen rantsch ranucci ranz rao ' +
  'rapisarda raposo rapp raptis rapuano rasanen rascon rasmussen ratajczak rath ratke ratti rau raubuch ' +
  'raukuc rauso rautenkranz ravaioli ravet ravn raya rayhan raynor razo rea reale recchia redaelli ' +
  'reddy rees regalado rehwagen reiber reichardt reichel reichert reichling reid reif reifenrath reilly ' +
  'reimann reina reinberg reinelt reinger reinhardt reinke reitze rempel remy renard renaud renault ' +
  'renda rendon rendra renen renk renna renner rens rensburg renteria rentz renz renzi repetto reppin ' +
  'resendez restivo restle restorff retzke reuber reumann reus reuss reusse rey reyes reymond reyna ' +
  'reynold reynolds reynoso rheder rhoden riain ribaupierre ribeiro riccardi ricci ricciardi riccio ' +
  'riccobono richard richards richter ridolfi riedel riediger rieger riekmann riepl riermeier riester ' +
  'riethmuller rietman rietmuller rietscher riggi riggio righetti righi rigoni rinaldi rincon riner ' +
  'ringel riojas riolo rios riparbelli ripken rippin ris ritchie ritosek ritschel ritsma ritter rittweg ' +
  'ritz riva rivas rivero riviere riyanti rizza rizzi rizzo roba robak robel robert roberti roberts ' +
  'robertson robinson robledo robles rocca rocchi rocco rocha rochaix rochat roche rockmeier rodarte ' +
  'rodehau rodigari rodiger rodowski rodrigez rodrigues rodriguez rodriquez roecker roed rogahn rogala ' +
  'rogalski roggatz rogolino rogowski rohan rohlander rohrer rojas rojek rojo rokossa rold roldan ' +
  'roleder rolfson rolland rollo roloff rolon romagnoli romaguera romanelli romani romaniello romanini ' +
  'romano romanowski romeo romero romo romy rondinone rondoni roob roos rooyen roque rosado rosales ' +
  'rosario rosas rosati rosbach rosca roschinsky rosenauer rosenbauer rosenbaum rosenthal rosi rosiak ' +
  'rosinski rosksch ross rossberg rosselli rosset rossetti rossi rossini rossler rosso rossouw rosu ' +
  'rota rotaru roth rother rothlisberger rotolo rotondo rottger rotundo rougemont roulin rousseau ' +
  'roussel roux rowe roy roybal royer rozanski rozycki ruberto rubino rubio rucco ruch rucinski ' +
  'ruckdeschel rucker rudiger rudnicki rudzinski rudzki ruecker ruegg ruelas ruggeri ruggieri ruggiero ' +
  'ruiter ruiz ruiz-garcia rumpf runolfsdottir runolfsson runte ruotolo rupprecht rus rusciano rusin ' +
  'russel russo rusu ruter ruth rutherford rutkowski ruttimann ruud ryan rybak rybarczyk rybicki ryjikh ' +
  'ryzih rzepka sa saarinen saavedra sabaly sabatini sabatino sabato sabau sabbagh sabbatini sabdat ' +
  'sabia sabian sabino sacchet sacchetti sacchi sacco saccone sachse sadiklar sadio sadowski saefullah ' +
  'saenz saether safitri saflanis safo sagafe sagna sagonas saheed sahin sahner saia saile sailer saini ' +
  'saito saiz sakamoto sakho sala saladino salahudin salako salamone salas salatiello salazar salcedo ' +
  'salcido saldana saldivar saleh salemi salemme salerno salgado salierno salis sall salma salminen ' +
  'salo salomone salonen salow salsabilla salvadori salvati salvatore salvatori salvi salvucci salzano ' +
  'salzer salzmann samanci samaniego samaras samb sambe sambou sammartano sammartino sammert samosir ' +
  'samuel samuelsson sanabria sanches sanchez sanctis sandalci sandberg sandor sandoval sandoz ' +
  'sandstrom sandu sanfilippo sanna sannino sansone santacruz santamaria santana santangelo santarelli ' +
  'santarossa santarsia santarsiero santi santiago santillan santilli santinelli santini santis santo ' +
  'santoni santori santoro santos santoso santucci sanusi sapienza saponaro saporito saptono saputra ' +
  'saputri sarabia saracino saragih sarah saraiva saraswati sarbu sardella sardina sarioglu sarkozi ' +
  'sarnataro sarno sarpong sarr sarti sartor sartori sarvari sasaki sassano sassi sasso sato satria ' +
  'satta sattelmaier satterfield sauceda saucedo sauer sauerland saumweber saussure sava savary savini ' +
  'savoca savoia savolainen savu sawayn sawicki saxena sayginer sbrana scaglione scala scalia scalise ' +
  'scalzo scano scanu scarano scardino scarpa scarpellini scc schacht schaden schaefer schafer ' +
  'schaffarzik schaffel schaffer schahbasian schaller schamberger schaning schar scharer scharf schaub ' +
  'schedler scheer scheidegger schelk schellenbeck schembera schenk scherbarth scherer scherini ' +
  'scherrer schersing scherz schettino scheurer scheuring scheytt schiavi schiavo schiavon schiavone ' +
  'schielke schieskow schifano schildhauer schillaci schiller schilling schima schimmel schimmer ' +
  'schindzielorz schinner schipper schirmer schirrmeister schirru schlachter schlangen schlatter ' +
  'schlawitz schlechtweg schley schlicht schlitzer schmalzle schmeler schmid schmidt schmidtchen ' +
  'schmitt schmitz schmuhl schneider schnelting schnider schnieder schniedermeier schnurer schnyder ' +
  'schoberg schoch schockel schoeman schoen scholten scholtz scholz schonball schonbeck schonberg ' +
  'schondelmaier schonebeck schonenberger schonfeld schonherr schonlebe schorderet schorr schott ' +
  'schottmann schotz schouren schowalter schrader schramm schreck schreiber schreiner schreiter ' +
  'schrepfer schroder schroeder schuermann schuff schuhaj schuldt schuler schulist schult schulte ' +
  'schultz schultze schulz schulze schumacher schumann schumm schupp schuppe schuppel schurch schuri ' +
  'schuster schutz schutze schwab schwalm schwanbeck schwandke schwanitz schwarthoff schwartz schwarz ' +
  'schwarzer schwarzkopf schwarzmeier schwatlo schweisfurth schweitz schweizer schwennen schwerdtner ' +
  'schwidde schwirkschlies schwizgebel schwuchow sciacca scocco scognamiglio scopece scorza scotti ' +
  'scrofani scuderi se sebastiani secchi secci sechi seck sedillo seeger seelig segnane segovia ' +
  'segunmaru segura sehls seibold seidel seiders seigel seiler seitz sekinat seme semeraro semisch ' +
  'semprini sen senatore sene senger senghor senkel senn senzangakhona sepe sepetci sepulveda sequeira ' +
  'serafin serafini serafino serban serena serfontein sergi serna serpa serr serra serrano serrato ' +
  'sessa sestito sethi setiawan severi severino sevi sevilla sewald seydi seye sezek sforza shanahan ' +
  'sharma shekoni shen shezi shi shimizu shiu shongwe shukla shum sibiya siciliano siddiqui sideris ' +
  'sidibe sidler siebel siebert siedlecki siegling siegrist sielemann siemon siener sienkiewicz ' +
  'sieradzki sievers siewert signorelli signorile signorini sigrist sigurdardottir sigurdsson sihler ' +
  'sihombing sihotang siino sikora sikorski silenzi sillah silva silvestri silvestrini silvestro sima ' +
  'simanjuntak simbolon simeoli simeone simeoni simeti simion simionescu simmen simoes simon simoncelli ' +
  'simone simonet simonetti simoni simonini simonis simonsen simsek simula sinaga sinanoglu sinclair ' +
  'singh sinha sini sinnhuber sinopoli sipes sipos siracusa siragusa sirait sirbu siregar sischka ' +
  'sisneros sitek sithole sithuli sitompul sitorus situmorang siu siwek siwele siyaya sjoberg sjogren ' +
  'skalski skiba skibicki skibinski skiles skoczylas skoglund skora skov skowron skowronek skowronski ' +
  'skrzypczak skrzypek skuterud sladek slawinski sliwa sliwinski slotta slowik slowinski slusarczyk ' +
  'smedsrud smeets smet smets smieja smith-jones smitham smogeli smolinski smyth snedden snell snooke ' +
  'snyman soare soares sobczak sobczyk sobieraj sobolewski soboll sobowale soccorsi socha sochacki ' +
  'sodano soderberg sokhela sokol sokolowski solano solberg soldati solheim solinas solis soliz soller ' +
  'solli sollner solmaz solorio solorzano soltys soltysiak somayaji somma sommer somogyi somssich ' +
  'sondisa sonko sonmez sonn sonnabend soos sorbello sorce soren sorensen soria sorlie soro sorrentino ' +
  'sosa sosnowski sotelo sothole soto sottile souare soumare sousa soutter souza sowa sowinski soyinka ' +
  'sozeri spada spadafora spadaro spadoni spagnolo spagnuolo spahn spano spanos spanu sparacino spataro ' +
  'spelmeyer spencer speranza spiegelburg spielvogel spiga spina spinelli spinka spitzmuller spizzirri ' +
  'spoerri sporer sporrer sporri spottel sprenger sprunger srinivasan sroka stabile stachowiak ' +
  'stachowicz stachura stachurski stadelmann staden staffieri stahl staicu stalder stamm stan stanciu ' +
  'stancu stanek stanescu stang stanger stanislawski staniszewski stankiewicz stanton stanzione stasiak ' +
  'staszewski staub stauffer stauss stavropoulos stawicki stec steding steenkamp stefan stefanescu ' +
  'stefani stefaniak stefano stefanski steffen steffensen steffny stegmann stehr steidl steigauf ' +
  'steiger steinecke steiner steinert steinkamp steinmann steinmetz stelkens stella stelmach stengel ' +
  'stengl stensrud stenzel stepanov stephan stepien stepniak stettler steuber steuk stewart steyn ' +
  'stiedemann stief stifel stigliano stocker stockert stockli stoian stoica stolarczyk stolarski stoll ' +
  'stolle stoltenberg stolz stoppler storl storp storti stoutjesdijk stower stracke strano stratmann ' +
  'straub strausa strauss streck streese strege streich streit streller strieder striezel stroe ' +
  'strogies strohschank strom stroman stromberg strosin strunz strutz strydon strzelczyk strzelecki ' +
  'stube stucki studer sturmer stutz styger suarez suartini subramanian sucameli sucera suciu sudiati ' +
  'sudrajat suen suffa suilleabhain sujew sulaimon suleiman suleymanoglu sundberg supriyanto surace ' +
  'suriano surma surth suryatmi suryono susanti suski sussmann suter sutermeister suthar suthe sutschet ' +
  'sutter sutz suwarno suzuki svendsen svensson swaniawski swart swiatek swiderski swierczynski ' +
  'swillims sy syahreza sylla sylvester symcox szabo szafranski szalai szasz szatkowski szczepaniak ' +
  'szczepanik szczepanski szczerba szczesna szczesniak szczesny szczygiel sze szekely szekeres szelag ' +
  'szendrei szeto szewczyk szilagyi szoke szostak szucs szulc szwarc szwed szydlowski szymanski ' +
  'szymczak szymczyk szymkowiak szyszka tacconi tachl taddei tafelmeier tafoya tagliabue tagliaferri ' +
  'tagore tahincioglu tai taiwo takacs takahashi takyi talarico tallarico tallone talwar tamas tamayo ' +
  'tamba tamburini tamez tammaro tampubolon tamunoemi tanaka tanase tandon tangen tanrikulu tanzi ' +
  'taormina tapia tarantino tarihoran tarnowski tarquini tartamella tas tasche tasci tasli tassi ' +
  'tassinari tasso tassone tataranni tataru taufratshofer tavani tavares tawia tazegul tedde tedeschi ' +
  'tedesco tegethof teichmann teixeira tejada tejeda tekand tekelioglu tekin telesca tella tellez tello ' +
  'temitope teodorescu tepper teran terenzi teresi terheiden terlecki terlizzi terlouw termine terrazas ' +
  'terzi terzo tesi testa teufel thakur thamrin theele theodoridis theodorou theodosiou theotokis ' +
  'theron theunissen thiam thiao thiaw thieke thiel thijs thimm thiomas thiongane thioub thioune ' +
  'thommen thomsen thomson thone thoresen thorsen thoyana thranhardt thriene thumbeza thusi thust ' +
  'thyssen tian tiano tiberti tidow tiedtke tietze tijerina tilgner tillack tillman tilotta timmermann ' +
  'timmermans tinguely tiozzo tirado tirelli tirri tischler tischmann tissot tittman tivontschik ' +
  'tkaczyk toader tobben tobler todaro tofani toft toivonen tokarski tokatlioglu tokgoz toldo tolomeo ' +
  'tolu tolulope toma tomala tomaselli tomasello tomasi tomassoni tomaszewski tomczak tomczyk tomei ' +
  'tomescu tommasi tommaso tomys tonat tonelli tonini tonn topaloglu topcuoglu topfer toprak toraman ' +
  'torchia torchio torgersen tornatore toro torok torp torphy torre torres torresi torrez torri ' +
  'torriani torrisi tortora tortorici toscano tosi totaro toth toti toto toure tovar towne tracz traini ' +
  'tralli trampeli tran trandafir trantow traore trapani trauth trautmann travaglini travan traverso ' +
  'treff trejo tremblay tremmel tretola treutel trevino trevisan triantafyllou trif trifan trinh triolo ' +
  'tripodi trivedi troisi trojanowski trombetta trovato truong truter trzcinski trzeciak tsabalala tsai ' +
  'tsakiris tsamonikian tsang tschiers tschirch tschudi tse tshabalala tsipras tsoi tsotetsi tsui ' +
  'tuathail tucci tuccillo tuch tucholke tuckett tudor tudorache tudose tudow tufano tufo tuglu tugluk ' +
  'tullio tumbarello tumino tunaboylu tunc tuncer tunceri tuominen turan turchi turco turcotte turcu ' +
  'turek turkdogan turkyilmaz turunen tuschmo tutuncu tuzun twardowski tweneboa twumasi uberacker uca ' +
  'ucar uchechi ugolini ugwu uhlemann uhlig uhrig uibel ulibarri uliczka ullmann ulloa ullrich uluhan ' +
  'umbach umeh umlauft umminger unal unger ungureanu unterpaintner upton urbanczyk urbanek urbaniak ' +
  'urbano urbanowicz urbanski urbansky urbina urena urhig urias uribe urrutia urso ursu usada usai ' +
  'usamah utama utami uwais uyainah uys uysal uzor vaca vacca vaccari vaccaro vaduva vahlensieck ' +
  'vailati vaisanen valadez valdes valdez valdivia valencia valente valenti valentin valentini ' +
  'valentino valenza valenzuela valeri valladares valle valles vallet valletta valli vallone valsecchi ' +
  'valverde vamvakas vamvas vandamme vandenberghe vandenbroeck vandervort vandevelde vanegas vangermain ' +
  'vanni vannini varadi varela varga vargas varma varman varnakiotis varouxis varriale varrier vascotto ' +
  'vasile vasileiadis vasileiou vasilescu vasilikos vasiliou vasiliu vasilopoulos vasquez vass vassallo ' +
  'vasseur vater vaz vazquez vecchi vecchio vedvik veen veenstra vega vegge veiga vela velasco ' +
  'velasquez velazquez velde velden veldsman velez velioglu veliz vella ven venegas venezia venghaus ' +
  'venizelos venkatesh venter ventimiglia ventura venturelli venturi venturini vera verbeek vercesi ' +
  'verdugo verduzco veres vergara vergas verhaeghe verhoeven verma verme vermeulen verniest veronese ' +
  'versfeld verstraete verzi vestergaard veum vey vezi vezzoli viale vianello vicari vicente vichi ' +
  'vicinanza vicini vidal vieira viellehner viera vierin vieweg vikelidis viklund vilaetis vilakazi ' +
  'viljoen villadsen villagomez villalobos villalpando villani villanueva villareal villari villarreal ' +
  'villasenor villegas villiers vincenzi vinci vincze vink vinther vintila violante violi virag ' +
  'virgilio virtanen visagie visan visani visco visconti visentin visintin visser vita vitale vitali ' +
  'vitalis viti vitiello vito vittori viviani viviers vizziello vlachopoulos vlachos vlad vlastos ' +
  'vlavianos vliet vo voelkel vogel vogelgsang vogt voicu voigt voinea vokuhl volk volker volkman ' +
  'volkmann volpe volpi vona vonortas vonrueden vontein voros vos vosloo vougiouklakis voulgaris ' +
  'vourdoubas vries vu vuillermoz vuong vyzantios waal wacana wachenbrunner wachtel waelchi wagenaar ' +
  'wagner wahyudin wahyuni waibel wakan wal walczak walder waldmann walkowiak wallin wallner wallstab ' +
  'walsh walter walther walton waluyo walz wang warchol wardana wartenberg waschbusch wasiak wasik ' +
  'wasilewski wasita wasiu waskita wasowski wasser wassilew wassiluk wastuti watanabe watsica ' +
  'wawrzyniak weber wegmann wegrzyn wehner wehrle wehrli wehrsen wei weibel weidlich weidner weigel ' +
  'weiler weimann weimer weis weiss weissnat weller welsch welti welz welzel wenger weniger wenk ' +
  'wentzel werle werner werrmann wesolowski wessel wessels wessinghage westhuyzen wettstein weyel wezel ' +
  'whelan wiacek wiafe wibisono wibowo wicaksono wichmann wickert widiastuti widmer widodo wiebe wiecek ' +
  'wiechmann wieckowski wieczorek wiegand wiegelmann wierig wierzbicki wiese wieser wijaya wijayanti ' +
  'wijk wikstrom wilcox wilczek wilczynski wilderman wilhelm wilk wilkinson wilky willane willems ' +
  'willemsen williams williamson willms willoughby willwacher wimmer winarno winarsih windler winiarski ' +
  'winkelmann winkler wintheiser winther wirth wirz wischek wischer wisniewski wisoky wisozk wissing ' +
  'witczak witek witkowski wittich wittl wiza wlodarczyk wlodarski wnuk wojcicki wojciechowski wojcik ' +
  'wojtas wojtasik wojtczak wojtkowiak wojtowicz wolak wold wolfarth wolff wolinski wollenberg wollmann ' +
  'wolmerans wolny wolpert wolski wolters wong wos woschler wosiyane wouters woytkowska wozniak wrobel ' +
  'wroblewski wrona wronski wu wuckert wuhn wujak wulandari wunsch wunsche wuraola wurm wuthrich ' +
  'wyludda wyman wypych wysocki wyss wyszynski xaba xacon xairo xana xavier xenakis xenia xiana xiao ' +
  'xicoy xie xiong xu xue yaamoa yadav yade yago yalcin yamada yamaguchi yamamoto yamazaki yami yan ' +
  'yanes yanez yanuar yao yaqub yavuz yawson yazici ybarra yeboa yeboah yebra yengwa yesilkaya yetkiner ' +
  'yeung yildirim yildiz yildizoglu yilmaz yilmazer yim yin yirenkyi yiu yolanda yoo yoon yorulmaz ' +
  'yoshida yost youssef yuan yucel yudhistira yue yuen yuksel yulianti yulianto yuliarti yundt yung ' +
  'yuniar yunta yussuf yusuf zabaleta zablocki zaborowski zaccaria zaccaro zach zachariou zachos ' +
  'zaczkiewicz zafeiropoulos zagaria zago zagorski zaharia zahn zahrah zaimis zaituc zajac zajaczkowski ' +
  'zak zakrzewski zalewski zamarreno zamarripa zambon zamboni zambrana zambrano zambuto zamfir zamora ' +
  'zampieri zamudio zanatta zandt zanella zanelli zanetta zanetti zani zanner zanon zanos zanotti ' +
  'zapata zapletal zappacosta zappala zappas zappia zaragoza zarate zareba zaremba zarkos zarzycki ' +
  'zauber zavala zawada zawadzki zayas zbinden zboncak zdunek zebrowski zedda zehnder zeidler zekl ' +
  'zelaya zemlak zender zeng zeni zennaro zepeda zervas zervos zeuch zeyen zeyhle zhang zhao zheng ' +
  'zhong zhou zhu zieba ziegler zielinski zielonka ziemann zieme zietek zijlstra zimanyi zimmer ' +
  'zimmerman zimmermann zingaretti zingg zinser zintl ziolkowski zipp zipse zito zmuda zografos ' +
  'zografou zollinger zollo zondi zondo zordan zotti zschunke zubane zuber zucca zuiderveld zuk ' +
  'zukowski zulaika zulauf zuliani zulkarnain zullo zulu zuma zumbo zumsande zungu zuniga zunino ' +
  'zurawski zurcher zurek zwane zwiener zwolinski zych zygmunt zygomalas zyl zyla αβραμιδης αγγελιδης ' +
  'αγγελιδου αγγελοπουλος αγγελοπουλου αθανασιαδης αθανασιου ακριδας αλαβανος αλαφουζος αλεβιζοπουλος ' +
  'αλεβιζος αλεξακης αλεξανδριδης αλεξανδρου αλεξιαδης αλεξιου αλεξοπουλος αλιβιζατος αναγνωστακης ' +
  'αναγνωστου αναστασιαδης ανδρεαδης ανδρεου αντωνιαδης αντωνοπουλος αντωνοπουλου αξιωτης αποστολιδης ' +
  'αποστολου αρβανιτης αργυριαδης ασπασιος αυγερινος βαμβακας βαμβας βαρνακιωτης βαρουξης βασιλειαδης ' +
  'βασιλειου βασιλικος βασιλοπουλος βενιζελος βεργας βικελιδης βιλαετης βιταλη βιταλης βλαβιανος ' +
  'βλαστος βλαχοπουλος βονορτας βουγιουκλακης βουλγαρης βουρδουμπας βυζαντιος γαλανη γαλανης γενναδιος ' +
  'γερμανος γερμανου γεωργιαδης γεωργιου γιαγκος γιαννακοπουλος γιανναρης γιαννοπουλος γκοφας γλυκυς ' +
  'γουναρης γουσιος δαβης δαγκλης δαμασκηνος δασκαλοπουλος δασκαλοπουλου δελη δεσποτοπουλος δημαρας ' +
  'δημητρακοπουλος δημητριου διαμαντοπουλος διδασκαλου δοξαρας δουμπιωτης δουρεντης δραγουμης δρακος ' +
  'δυοβουνιωτης ελευθεριαδης ελευθεριου ελευθεροπουλος ευταξιας ζαιμης ζανος ζαππας ζαρκος ' +
  'ζαφειροπουλος ζαχαριου ζαχος ζερβας ζερβος ζυγομαλας ζωγραφος ζωγραφου ηλιοπουλος θεοδοσιου ' +
  'θεοδωριδης θεοτοκης ιωαννιδης ιωαννου καζαντζης κακριδης καλαμογδαρτης καλαρης καλλιγας καλογιαννης ' +
  'καλυβας κανακαρης-ρουφος καραβιας καραμανλης καραμητσος καρρας κασιδιαρης καψης κεδικογλου κολιατσος ' +
  'κομνηνος κοντολεων κοντοσταυλος κορακας κορναρος κορομηλας κορωναιος κοσμοπουλος κοτζιας κουβελης ' +
  'κουνδουρος κουντουριωτης κουρμουλης κουταλιανος κρεστενιτης κυπραιος κωνσταντινου κωνσταντοπουλος ' +
  'λαγος λαιμος λαμερας λαμπροπουλος λειβαδας λιακοπουλος λιαπης λοντος λουλης λουπης λυκος λυτρας ' +
  'μαγγινας μαγκας μακρη μακρης μαλαξος μανιακης μανωλας μαρης μαρκοπουλος μαυριδης μαυρογενης ' +
  'μελετοπουλος μελιοι μεσσηνεζης μεταξας μητζου μητσοτακης μιαουλης μιχαηλιδης μιχαλολιακος μοσχοβακης ' +
  'μπλετσας μποτσαρης μπουκουβαλαιοι νικολαιδης νικολακος οικονομου ουζουνιδης πανταζης παπαγεωργιου ' +
  'παπαγος παπαδακης παπαδοπουλος παπαζογλου παπαιωαννου παπακωνσταντινου παπακωστας παπανδρεου ' +
  'παπανικολαου παπαντωνιου παπαστεφανου παπαφιλιππου παππας ';

export const AMBIGUOUS_SURNAMES =
  'abaci abate adams ahn akin albert albuquerque alexa allen anderson arena arenas arias arroyo aurelia ' +
  'aw baa backer bae baker bani bar baron barrios barrows baser bassi basso beck beer bell bender berg ' +
  'bilge bins blank blazer block bode bologna bongo bonnet borer borsch bossy bourgeois brand bravo ' +
  'brink brooks brown brunet bruno burger buss butt camarillo campanile campbell campus carbon care ' +
  'carrion carroll casas casper castro celli cerise charles cho choi chow christen christian clare ' +
  'clark clement clemente col cola collier collins colon cont cook cooper cordova cornea corona corral ' +
  'costa cousin cox crews crooks cruz daly dam dare daub davis deli ding doe dong douglas dubuque duck ' +
  'dyer elizabeth emery fall falter fan fang farina feller ferry fink fish fisher flak fontana forte ' +
  'foster frank fried fuller funk fuze gal gall garden geese gelling gens gentile gill go grace grams ' +
  'grande grange grant gray green grimes grosser gut ha hall hamilton han hand hardy harms hazes heck ' +
  'heist helm henderson henry hill hills ho hoffman hold hong horn hug human israel jackson james ' +
  'jasper jin john johns johnson joseph jung kang keeling keller khan kick kielbasa kim king kiss kluge ' +
  'knoll ko kong lack lam law laws lax lee lei leone li lie lim linden ling lira llamas lo lodi lombard ' +
  'long loon lopes loser louis lu lubbers lucia lung lynch ma madera madrigal maharani mai mane manga ' +
  'manna mar mares maria marie marino marks marten martens martin martini martins mason mateo maxim ' +
  'mclean mecca menu merino mesa miller mills miracle mocks moll monaco monica monte montenegro moon ' +
  'moore moors moreno morgan moss mule munch murray myers nam nelson newton noel oh oral orlando ' +
  'overland oz pace pagan pal palazzi palazzo palomino pan pang pap papa paris park parker paterson ' +
  'paul peter peters philander piazza pica piccolo pierre pinto plank pol pomp ponce pop porsche poser ' +
  'post powell power prey price prince pun python ramon reed reis ren rice richardson rico ringer rink ' +
  'rivera robin roger rogers roman rosa rose saba sack salami salinas salvo samba sander sanders sane ' +
  'sanford sans sari scott seo shah sheikh shields shin sierra sin siri smit smith solomon son song sow ' +
  'spank spies spinner splinter stark stein stern stokes storm strand su sun swift tall tam tan tang ' +
  'tanner taylor terry thomas thompson tine toledo tong top toy tress tromp trujillo tuna turner tutu ' +
  'urban vallejo verde vigil villa vincent viola wade walker wan wane wanner ward waters watson weight ' +
  'welch wen wesley wet white wilson wilts winter wit witting wolf wood wright yang ye yip young yu ';
