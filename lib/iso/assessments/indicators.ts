// The 39 indicators of ISO 18091:2019 in four quadrants, from prisma/data/iso18091-indicators.csv
// (working translations of the standard's indicator names). Static data: ratings point at `code`.
export type IsoIndicator = { code: string; quadrant: 1 | 2 | 3 | 4; id: string; en: string };

export const ISO_QUADRANTS = [1, 2, 3, 4] as const;

export const ISO_INDICATORS: readonly IsoIndicator[] = [
  { code: "1.1", quadrant: 1, id: "Manajemen mutu terpadu", en: "Integral quality management" },
  { code: "1.2", quadrant: 1, id: "Kemitraan dan kolaborasi", en: "Committed partnership & collaboration" },
  { code: "1.3", quadrant: 1, id: "Profesionalisme aparatur (ASN)", en: "Professionalisation of public servants" },
  {
    code: "1.4",
    quadrant: 1,
    id: "Keuangan daerah dan tanggung jawab fiskal",
    en: "Public finance & fiscal responsibility",
  },
  { code: "1.5", quadrant: 1, id: "TIK dan tata kelola data", en: "ICT & data management" },
  { code: "1.6", quadrant: 1, id: "Supremasi hukum dan HAM", en: "Rule of law & human rights" },
  { code: "1.7", quadrant: 1, id: "Transparansi dan komunikasi publik", en: "Transparency & communication" },
  { code: "1.8", quadrant: 1, id: "Partisipasi masyarakat", en: "Citizen participation" },
  { code: "1.9", quadrant: 1, id: "Penanggulangan bencana dan ketahanan", en: "Civil protection & resilience" },
  { code: "1.10", quadrant: 1, id: "Ketenteraman dan ketertiban umum", en: "Public safety" },
  { code: "2.1", quadrant: 2, id: "Inovasi dan daya saing", en: "Innovation & competitiveness" },
  { code: "2.2", quadrant: 2, id: "Pekerjaan layak dan pertumbuhan ekonomi", en: "Decent work & economic growth" },
  { code: "2.3", quadrant: 2, id: "Ketahanan pangan", en: "Food security & zero hunger" },
  { code: "2.4", quadrant: 2, id: "Pelatihan vokasi", en: "Vocational training" },
  { code: "2.5", quadrant: 2, id: "Pariwisata", en: "Tourism" },
  { code: "2.6", quadrant: 2, id: "Mobilitas/perhubungan", en: "Mobility" },
  { code: "2.7", quadrant: 2, id: "Sektor primer (pertanian, perikanan, kehutanan)", en: "Primary sector" },
  { code: "2.8", quadrant: 2, id: "Industri, perdagangan dan konsumsi", en: "Industry, commerce & consumption" },
  { code: "3.1", quadrant: 3, id: "Pelayanan publik", en: "Public services" },
  { code: "3.2", quadrant: 3, id: "Olahraga dan rekreasi", en: "Sport & recreation" },
  { code: "3.3", quadrant: 3, id: "Migrasi dan inklusi sosial", en: "Migration, ethnic & social inclusion" },
  { code: "3.4", quadrant: 3, id: "Kesetaraan gender", en: "Gender equality" },
  { code: "3.5", quadrant: 3, id: "Kelompok rentan dan penyandang disabilitas", en: "Vulnerable groups & disability" },
  { code: "3.6", quadrant: 3, id: "Kesehatan dan kesejahteraan", en: "Good health & well-being" },
  { code: "3.7", quadrant: 3, id: "Pendidikan bermutu", en: "Quality education" },
  { code: "3.8", quadrant: 3, id: "Perumahan layak", en: "Decent housing" },
  { code: "3.9", quadrant: 3, id: "Kerukunan dan budaya kewargaan", en: "Peaceful coexistence & civic culture" },
  { code: "3.10", quadrant: 3, id: "Cagar/warisan budaya", en: "Cultural heritage" },
  { code: "3.11", quadrant: 3, id: "Pengentasan kemiskinan", en: "End of poverty" },
  { code: "3.12", quadrant: 3, id: "Anak, pemuda dan lansia", en: "Children, youth & older people" },
  { code: "4.1", quadrant: 4, id: "Kualitas udara", en: "Air quality" },
  { code: "4.2", quadrant: 4, id: "Persampahan", en: "Solid waste" },
  { code: "4.3", quadrant: 4, id: "Citra dan daya tarik lingkungan", en: "Urban image & attractiveness" },
  {
    code: "4.4",
    quadrant: 4,
    id: "SDA, keanekaragaman hayati dan ekosistem",
    en: "Natural resources, biodiversity & ecosystems",
  },
  { code: "4.5", quadrant: 4, id: "Penataan ruang", en: "Urban/territorial planning" },
  { code: "4.6", quadrant: 4, id: "Air bersih, sanitasi dan air limbah", en: "Clean water, sanitation & wastewater" },
  { code: "4.7", quadrant: 4, id: "Perlindungan tanah/lahan", en: "Soil protection" },
  { code: "4.8", quadrant: 4, id: "Energi terjangkau dan bersih", en: "Affordable & clean energy" },
  {
    code: "4.9",
    quadrant: 4,
    id: "Aksi perubahan iklim dan pendidikan lingkungan",
    en: "Climate action & environmental education",
  },
];

export const ISO_INDICATOR_CODES: readonly string[] = ISO_INDICATORS.map((i) => i.code);
