// Words the seeded data set is made of, in English, Thai, Indonesian and Polish.

export type MockLanguage = 'en' | 'th' | 'id' | 'pl';
export const MOCK_LANGUAGES: MockLanguage[] = ['en', 'th', 'id', 'pl'];

export const FIRST_NAMES: Record<MockLanguage, string[]> = {
  en: ['Emily', 'James', 'Olivia', 'Daniel', 'Sophie', 'Michael', 'Grace', 'Noah', 'Hannah', 'Liam'],
  th: ['สมชาย', 'สุดารัตน์', 'ปิยะ', 'อรุณี', 'ธนากร', 'กมลชนก', 'วิชัย', 'พิมพ์ชนก', 'ณัฐพล', 'ศิริพร'],
  id: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu', 'Fajar', 'Intan'],
  pl: [
    'Agnieszka',
    'Piotr',
    'Katarzyna',
    'Tomasz',
    'Małgorzata',
    'Krzysztof',
    'Zofia',
    'Łukasz',
    'Joanna',
    'Paweł',
  ],
};

export const LAST_NAMES: Record<MockLanguage, string[]> = {
  en: ['Carter', 'Nguyen', 'Walsh', 'Patel', 'Brooks', 'Reed', 'Hughes', 'Foster'],
  th: ['ใจดี', 'ศรีสุข', 'วงศ์ทอง', 'บุญมา', 'แก้วประเสริฐ', 'สุขสวัสดิ์', 'ทองดี', 'รัตนพงศ์'],
  id: ['Santoso', 'Wijaya', 'Pratama', 'Lestari', 'Nugroho', 'Hidayat', 'Saputra', 'Kusuma'],
  pl: ['Nowak', 'Kowalczyk', 'Wójcik', 'Zieliński', 'Lewandowski', 'Dąbrowski', 'Mazur', 'Krawczyk'],
};

export const COMPANIES: Record<MockLanguage, string[]> = {
  en: ['Acme Logistics', 'Northwind Traders', 'Blue Harbor Foods', 'Brightline Studio'],
  th: ['บริษัท สยามเทรดดิ้ง จำกัด', 'ร้านบ้านขนมไทย', 'บริษัท เชียงใหม่ทราเวล จำกัด'],
  id: ['PT Nusantara Digital', 'CV Sinar Jaya', 'PT Kopi Bandung Lestari'],
  pl: ['Zakład Usług Wiśniewski sp. z o.o.', 'Piekarnia Mazur', 'Nordic Meble S.A.'],
};

export const SUBJECTS: Record<MockLanguage, string[]> = {
  en: [
    'Refund for order #{n}',
    'Can’t log in to my account',
    'Delivery is late',
    'Change the billing address',
    'Item arrived damaged',
    'Question about the warranty',
    'Cancel my subscription',
    'Charged twice this month',
  ],
  th: [
    'ขอคืนเงินคำสั่งซื้อ #{n}',
    'เข้าสู่ระบบบัญชีไม่ได้',
    'พัสดุจัดส่งล่าช้า',
    'ขอเปลี่ยนที่อยู่สำหรับออกใบแจ้งหนี้',
    'ได้รับสินค้าชำรุด',
    'สอบถามเรื่องการรับประกัน',
    'ยกเลิกการสมัครสมาชิก',
    'ถูกเรียกเก็บเงินซ้ำเดือนนี้',
  ],
  id: [
    'Pengembalian dana pesanan #{n}',
    'Tidak bisa masuk ke akun',
    'Pengiriman terlambat',
    'Ubah alamat penagihan',
    'Barang diterima dalam keadaan rusak',
    'Pertanyaan tentang garansi',
    'Batalkan langganan saya',
    'Tertagih dua kali bulan ini',
  ],
  pl: [
    'Zwrot pieniędzy za zamówienie #{n}',
    'Nie mogę zalogować się do konta',
    'Dostawa się opóźnia',
    'Zmiana adresu rozliczeniowego',
    'Produkt dotarł uszkodzony',
    'Pytanie o gwarancję',
    'Anulowanie subskrypcji',
    'Podwójne obciążenie w tym miesiącu',
  ],
};

/** Markup a hostile sender might put in an email; the widgets must render it inert. */
export const HOSTILE_HTML = [
  '<p>Invoice attached.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  '<p>Please <a href="javascript:window.__pwned=1">click here</a> to confirm.</p><iframe src="javascript:alert(1)"></iframe>',
  '<p style="position:fixed;inset:0;background:red">Overlay</p><svg><script>window.__pwned=1</script></svg><form action="javascript:alert(1)"><button>Go</button></form>',
];

export const TAGS = [
  'refund',
  'login',
  'shipping',
  'billing',
  'damaged',
  'warranty',
  'vip',
  'churn-risk',
  'urgent-followup',
];

export const REASONS = [
  { id: 'r_billing', label: 'Billing' },
  { id: 'r_delivery', label: 'Delivery' },
  { id: 'r_account', label: 'Account access' },
  { id: 'r_product', label: 'Product defect' },
  { id: 'r_other', label: 'Other' },
];

export const RESULTS = [
  { id: 'res_solved', label: 'Solved on first contact' },
  { id: 'res_refund', label: 'Refund issued' },
  { id: 'res_replacement', label: 'Replacement sent' },
  { id: 'res_escalated', label: 'Escalated' },
  { id: 'res_no_reply', label: 'No reply from customer' },
];

/**
 * The reasons' and results' labels in the other languages the mocks speak: an admin-defined label is
 * what a server words in the agent's language (`Accept-Language`), as a real helpdesk does.
 */
export const LOOKUP_TRANSLATIONS: Record<string, Record<'th' | 'id' | 'pl', string>> = {
  r_billing: { th: 'การเรียกเก็บเงิน', id: 'Tagihan', pl: 'Płatności' },
  r_delivery: { th: 'การจัดส่ง', id: 'Pengiriman', pl: 'Dostawa' },
  r_account: { th: 'การเข้าถึงบัญชี', id: 'Akses akun', pl: 'Dostęp do konta' },
  r_product: { th: 'สินค้าชำรุด', id: 'Cacat produk', pl: 'Wada produktu' },
  r_other: { th: 'อื่น ๆ', id: 'Lainnya', pl: 'Inne' },
  res_solved: {
    th: 'แก้ไขได้ในการติดต่อครั้งแรก',
    id: 'Selesai pada kontak pertama',
    pl: 'Rozwiązane przy pierwszym kontakcie',
  },
  res_refund: { th: 'คืนเงินแล้ว', id: 'Dana dikembalikan', pl: 'Zwrot wykonany' },
  res_replacement: { th: 'ส่งสินค้าทดแทนแล้ว', id: 'Pengganti dikirim', pl: 'Wysłano zamiennik' },
  res_escalated: { th: 'ส่งต่อเรื่องแล้ว', id: 'Dieskalasi', pl: 'Przekazane wyżej' },
  res_no_reply: { th: 'ลูกค้าไม่ตอบกลับ', id: 'Tidak ada balasan dari pelanggan', pl: 'Brak odpowiedzi klienta' },
};

export const QUEUES = [
  { id: 'q_general', name: 'General' },
  { id: 'q_billing', name: 'Billing' },
  { id: 'q_vip', name: 'VIP' },
  { id: 'q_th', name: 'Thailand' },
];
