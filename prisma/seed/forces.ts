// The 44 forces inspected in the 2012 revisit: the 43 territorial forces of England and
// Wales plus British Transport Police, grouped by the HMIC inspection region used in 2012.

export type ForceSeed = { slug: string; name: string; region: string };

export const REGIONS = ["Northern", "Eastern", "Wales and Western", "London and national"] as const;

const northern = [
  ["cheshire", "Cheshire Constabulary"],
  ["cleveland", "Cleveland Police"],
  ["cumbria", "Cumbria Constabulary"],
  ["durham", "Durham Constabulary"],
  ["greater-manchester", "Greater Manchester Police"],
  ["humberside", "Humberside Police"],
  ["lancashire", "Lancashire Constabulary"],
  ["merseyside", "Merseyside Police"],
  ["north-yorkshire", "North Yorkshire Police"],
  ["northumbria", "Northumbria Police"],
  ["south-yorkshire", "South Yorkshire Police"],
  ["west-yorkshire", "West Yorkshire Police"],
] as const;

const eastern = [
  ["bedfordshire", "Bedfordshire Police"],
  ["cambridgeshire", "Cambridgeshire Constabulary"],
  ["derbyshire", "Derbyshire Constabulary"],
  ["essex", "Essex Police"],
  ["hampshire", "Hampshire Constabulary"],
  ["hertfordshire", "Hertfordshire Constabulary"],
  ["kent", "Kent Police"],
  ["leicestershire", "Leicestershire Police"],
  ["lincolnshire", "Lincolnshire Police"],
  ["norfolk", "Norfolk Constabulary"],
  ["northamptonshire", "Northamptonshire Police"],
  ["nottinghamshire", "Nottinghamshire Police"],
  ["suffolk", "Suffolk Constabulary"],
  ["surrey", "Surrey Police"],
  ["sussex", "Sussex Police"],
  ["thames-valley", "Thames Valley Police"],
] as const;

const walesAndWestern = [
  ["avon-and-somerset", "Avon and Somerset Constabulary"],
  ["devon-and-cornwall", "Devon and Cornwall Police"],
  ["dorset", "Dorset Police"],
  ["dyfed-powys", "Dyfed-Powys Police"],
  ["gloucestershire", "Gloucestershire Constabulary"],
  ["gwent", "Gwent Police"],
  ["north-wales", "North Wales Police"],
  ["south-wales", "South Wales Police"],
  ["staffordshire", "Staffordshire Police"],
  ["warwickshire", "Warwickshire Police"],
  ["west-mercia", "West Mercia Police"],
  ["west-midlands", "West Midlands Police"],
  ["wiltshire", "Wiltshire Police"],
] as const;

const londonAndNational = [
  ["metropolitan", "Metropolitan Police Service"],
  ["city-of-london", "City of London Police"],
  ["british-transport-police", "British Transport Police"],
] as const;

function inRegion(region: string, list: ReadonlyArray<readonly [string, string]>): ForceSeed[] {
  return list.map(([slug, name]) => ({ slug, name, region }));
}

export const FORCES: ForceSeed[] = [
  ...inRegion("Northern", northern),
  ...inRegion("Eastern", eastern),
  ...inRegion("Wales and Western", walesAndWestern),
  ...inRegion("London and national", londonAndNational),
].sort((a, b) => a.name.localeCompare(b.name));

export const ALLIANCES = [
  {
    slug: "warwickshire-west-mercia",
    name: "Warwickshire and West Mercia strategic alliance",
    description:
      "Shared policies and, from March 2013, one professional standards department; each force keeps its own assessment.",
    formedOn: "2012-06-01",
    members: ["warwickshire", "west-mercia"],
  },
];
