// A small world model for what the NLP libraries miss: places, organisations and their aliases, titles, leaders.
// It also supplies same-type distractors when an article has too few of its own.

import { table } from '../ids.js';

const words = (s: string): string[] => s.split('|');

export const COUNTRIES = words(
  'Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Dominican Republic|Ecuador|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Lithuania|Malaysia|Mali|Mexico|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Pakistan|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|England|Scotland|Wales|America|U.S.|US|UK|U.K.',
);

const CITIES = words(
  'Kyiv|Kiev|Moscow|Tokyo|Beijing|Seoul|Pyongyang|Washington|New York|London|Paris|Berlin|Rome|Madrid|Brussels|Ottawa|Canberra|Delhi|New Delhi|Mumbai|Islamabad|Kabul|Tehran|Baghdad|Damascus|Cairo|Jerusalem|Tel Aviv|Gaza|Ankara|Istanbul|Athens|Vienna|Warsaw|Prague|Budapest|Bucharest|Minsk|Bern|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Lisbon|Amsterdam|Hiroshima|Osaka|Kyoto|Nagasaki|Bucha|Kharkiv|Odesa|Mariupol|Lviv|Sydney|Melbourne|Toronto|Montreal|Vancouver|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Nairobi|Lagos|Johannesburg|Manila|Jakarta|Bangkok|Hanoi|Singapore|Hong Kong|Shanghai|Taipei|Los Angeles|Chicago|Boston|Miami|Houston|Dallas|Atlanta|Seattle|San Francisco|Philadelphia|Detroit|Grenoble|Munich|Hamburg|Frankfurt|Milan|Barcelona|Sochi|Riyadh|Dubai|Doha',
);

const US_STATES = words(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
);

export const REGIONS = words(
  'Asia|Europe|Africa|Latin America|South America|North America|Middle East|Crimea|Donbas|Bay of Bengal|Pacific|Atlantic|Arctic|Antarctica|Caribbean|Balkans|Siberia|Cook Islands',
);

/** Alias -> canonical name. */
export const ORG_ALIASES: Record<string, string> = table({
  G7: 'Group of Seven',
  'G-7': 'Group of Seven',
  G20: 'Group of 20',
  'G-20': 'Group of 20',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  'E.U.': 'European Union',
  NATO: 'NATO',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  IMF: 'International Monetary Fund',
  WHO: 'World Health Organization',
});

export const ORGS = words(
  'Group of Seven|Group of 20|United Nations|European Union|NATO|Federal Bureau of Investigation|Central Intelligence Agency|International Monetary Fund|World Bank|World Health Organization|Red Cross|Kremlin|Pentagon|White House|Congress|Senate|Parliament|State Department|Foreign Ministry|Defense Ministry|Supreme Court|Rakuten|Google|Apple|Microsoft|Amazon|Facebook|Twitter|Toyota|Sony|Caterpillar|CNN|BBC|Reuters|Associated Press',
);

// A word that ends or starts a capitalised sequence and marks it as an organisation.
export const ORG_WORDS = new Set(
  words(
    'Ministry|Department|University|College|School|Museum|Company|Co.|Inc.|Inc|Corp.|Corp|Corporation|Group|Bank|Council|Agency|Party|Times|Post|News|Journal|Herald|Tribune|Airlines|Airways|Air|Force|Army|Navy|Corps|Marines|Union|Nations|Bureau|Institute|Foundation|Association|Committee|Commission|Court|Police|Services|Service|Office|Club|League|Federation|Organization|Organisation|Administration|Authority|Board|Fund|Hospital|Center|Centre|Magazine|Network|Wing|Squadron|Brigade|Media|Press|Studios|Society|Church|Reserve|Assembly|Cabinet|Government|Ministry',
  ),
);

export const PLACE_WORDS = new Set(
  words(
    'Field|Range|Park|Island|Islands|Bay|River|Lake|Mountain|Mountains|Street|Avenue|Square|Airport|Base|County|Province|State|City|Valley|Beach|Coast|Sea|Ocean|Strait|Gulf|Peninsula|Region|District',
  ),
);

/** Words that, at the head of a capitalised sequence, are a title, not part of a name. */
export const TITLE_WORDS = new Set(
  words(
    'President|Vice|Prime|Foreign|Defense|Defence|Finance|Home|Interior|Justice|Health|Minister|Secretary|Chancellor|Premier|King|Queen|Prince|Princess|Pope|Emperor|Senator|Sen.|Rep.|Representative|Gov.|Governor|Mayor|Judge|Justice|General|Gen.|Lt.|Lieutenant|Col.|Colonel|Capt.|Captain|Sgt.|Sergeant|Officer|Commander|Admiral|Chief|Executive|Dr.|Mr.|Mrs.|Ms.|Miss|Sir|Dame|Lord|Lady|Federal|State|Deputy|Ambassador|Spokesman|Spokeswoman|Director|Chairman|Chairwoman|Coach|Professor|Prof.|Rev.|Father|Sister|Brother|Sheikh|Crown|Supreme|Leader|Attorney|Atty.|Brig.|Maj.|Adm.|Supt.|CEO|Founder|Lawyer|Inspector|Detective|Speaker|Commissioner|Democratic|Republican|U.S.|Top|Former|former|Economist|Treasurer|Transport|Labour|Labor|Trade|Education|Economy|Agriculture|Energy|Environment|Culture|Sports|Constable|Sheriff|Superintendent|Archbishop|Bishop|Cardinal|Rabbi|Imam|Astronaut|Manager|Head',
  ),
);

/** Title words that say where or which side, not what someone does: alone before one word they make no person
 * ("U.S. Food ...", "Federal Reserve"). */
export const TITLE_QUALIFIERS = new Set(
  words(
    'U.S.|Federal|State|Democratic|Republican|Top|Former|former|Supreme|Crown|Deputy|Vice|Home|Justice|Health|Transport|Labour|Labor|Trade|Education|Economy|Agriculture|Energy|Environment|Culture|Sports|Foreign|Defense|Defence|Finance|Interior|Head',
  ),
);

export const HONORIFICS = new Set(words('Mr.|Mrs.|Ms.|Miss|Dr.|Sir|Dame|Mr|Mrs|Ms|Dr'));

/** A woman's courtesy title: "Mrs. Arafat" is no Karim Arafat, and "Mrs. Paul Stone" is not her husband. */
export const WOMAN_TITLE = /^(Mrs|Ms|Miss|Madame|Mme)\.?$/;

/** Well-known people: surname -> full name, used for typing and as distractors of last resort. */
export const LEADERS = words(
  'Joe Biden|Donald Trump|Barack Obama|Vladimir Putin|Xi Jinping|Volodymyr Zelenskyy|Fumio Kishida|Emmanuel Macron|Olaf Scholz|Angela Merkel|Rishi Sunak|Boris Johnson|Justin Trudeau|Giorgia Meloni|Narendra Modi|Kim Jong Un|Antony Blinken|Dmytro Kuleba|Sergei Lavrov|Recep Tayyip Erdogan|Yoon Suk Yeol|Shinzo Abe|Yoshimasa Hayashi|Ursula von der Leyen|Jens Stoltenberg|Charles Michel|Benjamin Netanyahu|Pope Francis|Antonio Guterres',
);

/** Adjectives of nationality: typed NORP so they are not taken for people. */
export const DEMONYMS = new Set(
  words(
    'American|British|Japanese|Ukrainian|Russian|Chinese|French|German|Italian|Canadian|Indian|Korean|North Korean|South Korean|Mexican|Spanish|Polish|Turkish|Iranian|Iraqi|Israeli|Palestinian|Syrian|Egyptian|Saudi|Australian|Brazilian|Swiss|Dutch|Belgian|Swedish|Norwegian|Danish|Finnish|Irish|Greek|Colombian|Dominican|Cuban|European|Asian|African|Latin|Western|Eastern|Soviet|Nazi|Nazis|Hindu|Hindus|Christian|Christians|Muslim|Muslims|Jewish|Catholic|Democrat|Democrats|Republican|Republicans|Emmy|Emmy-winning|English|Arab|Kurdish|Tamil|Puerto Rican|Asian|Bavarian',
  ),
);

export const MONTHS = words('January|February|March|April|May|June|July|August|September|October|November|December');
export const WEEKDAYS = words('Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday');
/** A day named by its weekday: alone, at a time of day ("Thursday afternoon"), or with the date a card gave it
 * ("Sunday, March 1, 1987"). */
export const WEEKDAY_LED_RE = new RegExp(`^(${WEEKDAYS.join('|')})(, |\\s+(morning|afternoon|evening|night)$|$)`);

const placeSet = new Set([...COUNTRIES, ...CITIES, ...US_STATES, ...REGIONS]);
const orgSet = new Set([...ORGS, ...Object.keys(ORG_ALIASES)]);
const leaderBySurname = new Map<string, string>();
for (const name of LEADERS) leaderBySurname.set(name.split(' ').at(-1) ?? name, name);

export const isKnownPlace = (s: string): boolean => placeSet.has(s);
export const isKnownOrg = (s: string): boolean => orgSet.has(s);
export const knownLeader = (s: string): string | undefined => (LEADERS.includes(s) ? s : leaderBySurname.get(s));
// ORG_ALIASES has no prototype: a name such as "Constructor" or "constructor" is not an alias.
export const canonicalOrg = (s: string): string => ORG_ALIASES[s] ?? s;
