// Written by bench/stem-mends.ts (175 forms, 841 degrees, 17 words): do not edit; run it again.

/**
 * Regular inflections the Porter stemmer files under another stem than their base's, with the base: "died die",
 * "added add", "censuses census". `stemWord` stems the base, so a passage's "died" meets a question's "die" and
 * "death" (its act word), and "added" no longer meets "ad".
 */
export const PARTED_FORMS: ReadonlyMap<string, string> = new Map(
  [
  'abdomens abdomen added add adding add allowanced allowance allowancing allowance alveoluses alveolus apparatuses apparatus apprenticing apprentice',
  'basileuses basileus biases bias biasing bias bluffed bluff bluffing bluff bonuses bonus boycotted boycott boycotting boycott',
  'bronchuses bronchus buffed buff buffing buff buses bus businessmens businessmen butted butt butting butt calculuses calculus',
  'campuses campus canvased canvas canvases canvas canvasing canvas caucused caucus caucuses caucus caucusing caucus censused census',
  'censuses census censusing census chaffed chaff chaffing chaff chorused chorus choruses chorus chorusing chorus chuffing chuff',
  'circuses circus citruses citrus clued clue cluing clue consensuses consensus countenanced countenance countenancing countenance counterbalancing counterbalance',
  'cries cry cuffed cuff cuffing cuff cumuluses cumulus degases degas degasing degas died die dies die',
  'dries dry ebbed ebb egged egg egging egg electrophoruses electrophorus embeding embed emerituses emeritus erred err',
  'evidencing evidence exceeded exceed excursuses excursus exoduses exodus experiencing experience flatuses flatus fluffed fluff fluffing fluff',
  'focuses focus fracases fracas galluses gallus gases gas gastrocnemiuses gastrocnemius geed gee geniuses genius genuses genus',
  'gluing glue hoed hoe hued hue huing hue hypothalamuses hypothalamus ignoramuses ignoramus imbeding imbed impetuses impetus',
  'inconvenienced inconvenience inconveniencing inconvenience incubuses incubus interfered interfere kansases kansas lies lie linemens linemen lotuses lotus',
  'mandamuses mandamus misperceived misperceive misperceiving misperceive mucuses mucus muffed muff muffing muff negatived negative negativing negative',
  'nucleoluses nucleolus nucleuses nucleus offed off opuses opus outdistanced outdistance outdistancing outdistance overdriving overdrive overeated overeat',
  'overfeeded overfeed pases pas persevered persevere phosphoruses phosphorus pies pie plies ply prejudicing prejudice pries pry',
  'proceeded proceed radiuses radius rebuffed rebuff rebuffing rebuff referencing reference refinanced refinance refinancing refinance reverenced reverence',
  'reverencing reverence rumpused rumpus rumpuses rumpus rumpusing rumpus sacrificed sacrifice sacrificing sacrifice scoffed scoff scuffed scuff',
  'scuffing scuff serratuses serratus shies shy silhouetted silhouette silhouetting silhouette sniffed sniff sniffing sniff specimens specimen',
  'spies spy spreed spree staffed staff staffing staff stamens stamen statuses status stimuluses stimulus succeeded succeed',
  'sued sue suing sue surpluses surplus tariffed tariff tariffing tariff teed tee thermostated thermostat thermostating thermostat',
  'thrombuses thrombus thuses thus ties tie tries try truing true typhuses typhus unbalancing unbalance vied vie',
  'vies vie viruses virus walruses walrus warehoused warehouse whiffed whiff whiffing whiff whizes whiz',
  ]
    .join(' ')
    .split(' ')
    .flatMap((word, at, words) => (at % 2 === 0 ? [[word, words[at + 1] ?? word] as const] : [])),
);

/**
 * The comparatives and superlatives the stemmer files apart from their adjective, with it: "deeper deep", "highest
 * high", "larger large". `stemWord` stems the adjective, so "the deepest part" meets "deep water" and "how high" meets
 * "the highest". Not a form WordNet lists as a word ("lower" the verb, "latter", "number"), nor an irregular one (the
 * exception lists already take "bigger" to "big", "better" to "good").
 */
export const COMPARED_FORMS: ReadonlyMap<string, string> = new Map(
  [
  'abler able ablest able acest ace afterest after aftest aft aller all allest all amberest amber',
  'ampler ample amplest ample anier any aniest any apter apt aptest apt archest arch awrier awry',
  'awriest awry backest back badder bad baddest bad baldest bald bannerest banner barer bare barest bare',
  'baser base basest base basser bass bassest bass batser bats batsest bats bayest bay beatest beat',
  'beetler beetle beetlest beetle biaser bias biasest bias bitterest bitter blacker black blackest black blamer blame',
  'blamest blame blander bland blandest bland blanker blank blankest blank bleaker bleak bleakest bleak blindest blind',
  'blithest blithe blonder blond blondest blond bluffest bluff bluisher bluish bluishest bluish blunter blunt bluntest blunt',
  'bolder bold boldest bold bonest bone booner boon boonest boon bosser boss bossest boss bothest both',
  'boyishest boyish braggest brag brasher brash brashest brash braver brave bravest brave briefer brief briefest brief',
  'brighter bright brightest bright brindler brindle brindlest brindle brisker brisk briskest brisk brittler brittle brittlest brittle',
  'broader broad broadest broad bronzer bronze bronzest bronze browner brown brownest brown brushier brushy brushiest brushy',
  'buffest buff bullier bully bulliest bully bummest bum buoyantest buoyant busher bush bushest bush bustest bust',
  'cacklier cackly cackliest cackly callerest caller calmer calm calmest calm campest camp centerest center chancer chance',
  'chancest chance cheaper cheap cheapest cheap chiccer chic chiccest chic chiefer chief chiefest chief chipperest chipper',
  'choicer choice choicest choice cleanest clean clearer clear clearest clear cleverest clever coarser coarse coarsest coarse',
  'colder cold coldest cold coolest cool counterest counter crackest crack crackler crackle cracklest crackle crisper crisp',
  'crispest crisp crosser cross crossest cross cruder crude crudest crude crueler cruel cruelest cruel cuttest cut',
  'dailier daily dailiest daily damner damn damnest damn dampest damp danker dank dankest dank dapperest dapper',
  'darker dark darkest dark deader dead deadest dead deafer deaf deafest deaf dearer dear deathlier deathly',
  'deathliest deathly deeper deep deepest deep denser dense densest dense dirter dirt dirtest dirt doublest double',
  'downest down dreader dread dreadest dread dressest dress dualer dual dualest dual duer due duest due',
  'duller dull dullest dull dumber dumb dumbest dumb dyedder dyed dyeddest dyed eacher each eachest each',
  'eagerest eager eastest east eightest eight eighther eighth eighthest eighth eightier eighty eightiest eighty elderest elder',
  'eyeder eyed eyedest eyed fainter faint faintest faint fairer fair fairest fair fakest fake fallowest fallow',
  'falser false falsest false farrer far farrest far fartherest farther feebler feeble feeblest feeble fewerest fewer',
  'fiercer fierce fiercest fierce fierier fiery fieriest fiery fifther fifth fifthest fifth fiftier fifty fiftiest fifty',
  'finerest finer finest fine firmer firm firmest firm firster first firstest first fivest five flashest flash',
  'fleeter fleet fleetest fleet fliest fly flinter flint flintest flint flippest flip fluider fluid fluidest fluid',
  'flusher flush flushest flush flyinger flying flyingest flying fonder fond fondest fond formerest former forter forte',
  'fortest forte fortier forty fortiest forty fosterest foster fouler foul foulest foul fourer four fourest four',
  'fourther fourth fourthest fourth frailer frail frailest frail franker frank frankest frank frayeder frayed frayedest frayed',
  'frencher french frenchest french freshest fresh friabler friable friablest friable fronter front frontest front fullest full',
  'furtherest further gamer game gamest game gaucher gauche gauchest gauche gaunter gaunt gauntest gaunt gayer gay',
  'gayest gay gentler gentle gentlest gentle gianter giant giantest giant glueder glued gluedest glued goest go',
  'golder gold goldest gold gooder good goodest good grander grand grandest grand gravest grave grayer gray',
  'grayest gray greaterest greater greeker greek greekest greek greener green greenest green greyeder greyed greyedest greyed',
  'greyer grey greyest grey grimier grimy grimiest grimy grosser gross grossest gross gruffer gruff gruffest gruff',
  'halfer half halfest half haltest halt harder hard hardest hard harsher harsh harshest harsh herer here',
  'herest here hexer hex hexest hex higherest higher highest high hoarser hoarse hoarsest hoarse hollowest hollow',
  'homest home huger huge hugest huge humbler humble humblest humble hurter hurt hurtest hurt idlest idle',
  'innerest inner innest in jader jade jadest jade jetter jet jettest jet jointest joint joyouser joyous',
  'joyousest joyous juster just justest just keener keen keenest keen keyeder keyed keyedest keyed keyer key',
  'keyest key kinder kind kindest kind knightlier knightly knightliest knightly kosherest kosher largerest larger largest large',
  'laster last lastest last laterest later latterest latter laxer lax laxest lax leanest lean leaster least',
  'leastest least lesserest lesser lessest less lewder lewd lewdest lewd liabler liable liablest liable lightest light',
  'liker like likest like limpest limp lither lithe lithest lithe littlerest littler littlest little liverest liver',
  'lonest lone looser loose loosest loose louder loud loudest loud loyalest loyal lusher lush lushest lush',
  'mainest main manier many maniest many masser mass massest mass masterest master mauver mauve mauvest mauve',
  'meagerest meager meaner mean meanest mean meeker meek meekest meek meetest meet merer mere merest mere',
  'midder mid middest mid middler middle middlest middle milder mild mildest mild mintest mint mockest mock',
  'moirer moire moirest moire moister moist moistest moist morer more morest more moster most mostest most',
  'mucher much muchest much mummest mum muter mute mutest mute naiver naive naivest naive narrowest narrow',
  'nearbier nearby nearbiest nearby neater neat neatest neat neoer neo neoest neo neuterest neuter newer new',
  'newest new nexter next nextest next nicer nice nicest nice nimbler nimble nimblest nimble ninest nine',
  'ninther ninth ninthest ninth nobler noble noblest noble noer no noest no noner none nonest none',
  'northest north nuder nude nudest nude nuller null nullest null numbest numb nutser nuts nutsest nuts',
  'ocherest ocher odder odd oddest odd offest off okker ok okkest ok olderest older oldest old',
  'oner one onest one onlier only onliest only onner on onnest on otherest other outerest outer',
  'outest out overest over ownest own passest pass pastest past pattest pat payablest payable payinger paying',
  'payingest paying peakier peaky peakiest peaky perter pert pertest pert pettest pet pinker pink pinkest pink',
  'plainer plain plainest plain planest plane playablest playable playeder played playedest played plianter pliant pliantest pliant',
  'plumbest plumb plumper plump plumpest plump plusher plush plushest plush poorer poor poorest poor poorlier poorly',
  'poorliest poorly poppest pop portest port priorer prior priorest prior prizer prize prizest prize proer pro',
  'proest pro promptest prompt proner prone pronest prone proofer proof proofest proof properest proper prouder proud',
  'proudest proud pryinger prying pryingest prying puffest puff punker punk punkest punk purer pure purest pure',
  'purpler purple purplest purple quacker quack quackest quack quainter quaint quaintest quaint queerer queer queerest queer',
  'quieter quiet quietest quiet quitser quits quitsest quits rankest rank rarer rare rarest rare rawer raw',
  'rawest raw realer real realest real rearer rear rearest rear richer rich richest rich righter right',
  'rightest right riper ripe ripest ripe roastest roast rougher rough roughest rough roundest round royalest royal',
  'rubberest rubber rubier ruby rubiest ruby ruder rude rudest rude rushest rush ruster rust rustest rust',
  'sabler sable sablest sable safer safe safest safe sager sage sagest sage sallowest sallow saltest salt',
  'samer same samest same saner sane sanest sane sauter saute sautest saute scanter scant scantest scant',
  'scarcer scarce scarcest scarce scotser scots scotsest scots scratchier scratchy scratchiest scratchy screechier screechy screechiest screechy',
  'scrubbest scrub searer sear searest sear seccer sec seccest sec seeinger seeing seeingest seeing selfer self',
  'selfest self settest set shallowest shallow shammest sham sharpest sharp sheddest shed sheerer sheer sheerest sheer',
  'shoeder shoed shoedest shoed shorter short shortest short shrewder shrewd shrewdest shrewd shriller shrill shrillest shrill',
  'shuttest shut sicker sick sickest sick sider side sidest side signest sign silverest silver simpler simple',
  'simplest simple singler single singlest single sixest six sixther sixth sixthest sixth sixtier sixty sixtiest sixty',
  'sizer size sizest size skimmest skim slackest slack slenderest slender slickest slick slighter slight slightest slight',
  'smallerest smaller smallest small smarter smart smartest smart smoothest smooth sneakest sneak snubber snub snubbest snub',
  'soberest sober softer soft softest soft somberest somber somer some somest some sorer sore sorest sore',
  'soundest sound sourer sour sourest sour southest south sparest spare sparser sparse sparsest sparse spiccer spic',
  'spiccest spic splittest split spreadest spread squarer square squarest square squater squat squatest squat squeakier squeaky',
  'squeakiest squeaky squintest squint stabler stable stablest stable standbier standby standbiest standby staplest staple starker stark',
  'starkest stark starrer star starrest star stauncher staunch staunchest staunch steepest steep sterner stern sternest stern',
  'stickier sticky stickiest sticky stiffer stiff stiffest stiff stiller still stillest still stockest stock stoicer stoic',
  'stoicest stoic stonest stone stouter stout stoutest stout straighter straight straightest straight straiter strait straitest strait',
  'strangest strange strawer straw strawest straw strayest stray strayinger straying strayingest straying stretchest stretch stricter strict',
  'strictest strict suaver suave suavest suave subtler subtle subtlest subtle sucher such suchest such sundrier sundry',
  'sundriest sundry superest super surer sure surest sure swaggerest swagger swarter swart swartest swart sweeter sweet',
  'sweetest sweet sweller swell swellest swell swifter swift swiftest swift swingier swingy swingiest swingy swisher swish',
  'swishest swish taller tall tallest tall tamest tame tarrier tarry tarriest tarry tarter tart tartest tart',
  'tauter taut tautest taut tawnier tawny tawniest tawny teener teen teenest teen teensier teensy teensiest teensy',
  'tenderest tender tennest ten tenser tense tensest tense tenther tenth tenthest tenth terser terse tersest terse',
  'thenner then thennest then thicker thick thickest thick thirder third thirdest third thirtier thirty thirtiest thirty',
  'threer three threest three througher through throughest through tieder tied tiedest tied tighter tight tightest tight',
  'toeder toed toedest toed toppest top topser tops topsest tops tougher tough toughest tough trebler treble',
  'treblest treble treeder treed treedest treed tripler triple triplest triple triter trite tritest trite tryinger trying',
  'tryingest trying twelfther twelfth twelfthest twelfth twelver twelve twelvest twelve twentier twenty twentiest twenty twinner twin',
  'twinnest twin twoer two twoest two underest under upperest upper uppest up utterest utter vainer vain',
  'vainest vain vaster vast vastest vast verier very veriest very viabler viable viablest viable voidest void',
  'warmest warm wastest waste weaker weak weakest weak weatherest weather wedder wed weddest wed weeklier weekly',
  'weekliest weekly weer wee weest wee weirder weird weirdest weird weller well wellest well westest west',
  'whiter white whitest white wider wide widest wide wildest wild wiser wise wisest wise wobblier wobbly',
  'wobbliest wobbly worlder world worldest world worther worth worthest worth wronger wrong wrongest wrong yellowest yellow',
  'yonderest yonder',
  ]
    .join(' ')
    .split(' ')
    .flatMap((word, at, words) => (at % 2 === 0 ? [[word, words[at + 1] ?? word] as const] : [])),
);

/**
 * Words whose "s" the stemmer takes for a plural's, which are words of their own unrelated to the words the stemmer
 * joins them with ("news" and "new", "status" and "statue"): `stemWord` keeps them whole.
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(
  'binoculars bronchiolitis dais dramatics droppings hepatitis impetus indoors news odds phonemics sometimes status thermostatics tidings unawares vitals'.split(' '),
);
