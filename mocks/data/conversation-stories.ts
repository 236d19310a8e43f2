import type { MockLanguage } from './content.js';

// What the inbox's conversations say: one plausible story per conversation, in the customer's
// language, each line in order (`c` the customer, `a` the agent). The preview is the last line.

export interface Story {
  /** The label the conversation carries. */
  label: string;
  lines: ['c' | 'a', string][];
}

export const STORIES: Record<MockLanguage, Story[]> = {
  en: [
    {
      label: 'Support',
      lines: [
        ['c', 'Hi, my order #48213 still says "in transit" after 9 days.'],
        ['a', 'Sorry about the wait! Let me check with the courier.'],
        ['a', 'It is at the local depot and goes out for delivery tomorrow morning.'],
        ['c', 'Great, thanks. Will I get a text when it is on the way?'],
      ],
    },
    {
      label: 'Complaint',
      lines: [
        ['c', 'I was charged twice for my March invoice.'],
        ['a', 'I can see both charges. I have started a refund for the second one.'],
        ['c', 'How long will the refund take?'],
        ['a', '3 to 5 working days, depending on your bank.'],
      ],
    },
    {
      label: 'Sales',
      lines: [
        ['c', 'Do you have a yearly plan for teams of 20?'],
        ['a', 'Yes: the Team plan is billed yearly with 2 months free.'],
        ['c', 'Can you send me a quote for 20 seats?'],
      ],
    },
  ],
  th: [
    {
      label: 'Support',
      lines: [
        ['c', 'สวัสดีค่ะ คำสั่งซื้อ #48213 ยังขึ้นว่า "กำลังจัดส่ง" มา 9 วันแล้วค่ะ'],
        ['a', 'ขออภัยที่ล่าช้าค่ะ ขอตรวจสอบกับบริษัทขนส่งสักครู่นะคะ'],
        ['a', 'พัสดุอยู่ที่ศูนย์กระจายสินค้าแล้ว จะนำส่งพรุ่งนี้เช้าค่ะ'],
        ['c', 'ขอบคุณค่ะ จะมี SMS แจ้งตอนออกจัดส่งไหมคะ'],
      ],
    },
    {
      label: 'Complaint',
      lines: [
        ['c', 'ผมถูกตัดเงินค่าใบแจ้งหนี้เดือนมีนาคมสองครั้งครับ'],
        ['a', 'เห็นรายการทั้งสองแล้วค่ะ ได้ดำเนินการคืนเงินรายการที่สองให้แล้ว'],
        ['c', 'จะได้เงินคืนภายในกี่วันครับ'],
        ['a', '3 ถึง 5 วันทำการ ขึ้นอยู่กับธนาคารค่ะ'],
      ],
    },
    {
      label: 'Sales',
      lines: [
        ['c', 'มีแพ็กเกจรายปีสำหรับทีม 20 คนไหมคะ'],
        ['a', 'มีค่ะ แพ็กเกจ Team ชำระรายปี แถมฟรี 2 เดือน'],
        ['c', 'ขอใบเสนอราคาสำหรับ 20 ที่นั่งได้ไหมคะ'],
      ],
    },
  ],
  id: [
    {
      label: 'Support',
      lines: [
        ['c', 'Halo, pesanan #48213 saya masih "dalam perjalanan" setelah 9 hari.'],
        ['a', 'Mohon maaf atas keterlambatannya! Saya cek ke kurir dulu ya.'],
        ['a', 'Paket sudah di gudang lokal dan diantar besok pagi.'],
        ['c', 'Baik, terima kasih. Apakah saya dapat SMS saat paket dikirim?'],
      ],
    },
    {
      label: 'Complaint',
      lines: [
        ['c', 'Tagihan bulan Maret saya terpotong dua kali.'],
        ['a', 'Kedua tagihan terlihat. Pengembalian dana untuk yang kedua sudah saya proses.'],
        ['c', 'Berapa lama dananya kembali?'],
        ['a', '3 sampai 5 hari kerja, tergantung bank Anda.'],
      ],
    },
    {
      label: 'Sales',
      lines: [
        ['c', 'Apakah ada paket tahunan untuk tim 20 orang?'],
        ['a', 'Ada: paket Team ditagih tahunan, gratis 2 bulan.'],
        ['c', 'Boleh kirimkan penawaran untuk 20 pengguna?'],
      ],
    },
  ],
  pl: [
    {
      label: 'Support',
      lines: [
        ['c', 'Dzień dobry, zamówienie #48213 od 9 dni ma status „w drodze”.'],
        ['a', 'Przepraszamy za zwłokę! Sprawdzę to u kuriera.'],
        ['a', 'Paczka jest w lokalnym oddziale, jutro rano wyjedzie do doręczenia.'],
        ['c', 'Dziękuję. Czy dostanę SMS, gdy kurier wyjedzie?'],
      ],
    },
    {
      label: 'Complaint',
      lines: [
        ['c', 'Za fakturę marcową pobrano ode mnie opłatę dwa razy.'],
        ['a', 'Widzę obie płatności. Zleciłam zwrot drugiej.'],
        ['c', 'Ile potrwa zwrot?'],
        ['a', 'Od 3 do 5 dni roboczych, zależnie od banku.'],
      ],
    },
    {
      label: 'Sales',
      lines: [
        ['c', 'Czy macie plan roczny dla zespołu 20 osób?'],
        ['a', 'Tak: plan Team rozliczany rocznie, 2 miesiące gratis.'],
        ['c', 'Czy mogę prosić o ofertę na 20 stanowisk?'],
      ],
    },
  ],
};

/** The channel accounts conversations arrive on. */
export const CHANNEL_CATEGORIES = [
  { id: 'cc_wa_sales', label: 'WhatsApp · Sales', channel: 'whatsapp' },
  { id: 'cc_wa_care', label: 'WhatsApp · Care', channel: 'whatsapp' },
  { id: 'cc_line_oa', label: 'LINE Official Account', channel: 'line' },
  { id: 'cc_fb_page', label: 'Facebook page', channel: 'facebook' },
  { id: 'cc_ig', label: 'Instagram', channel: 'instagram' },
  { id: 'cc_webchat', label: 'Website chat', channel: 'chat' },
  { id: 'cc_email', label: 'support@ mailbox', channel: 'email' },
] as const;

export const CONVERSATION_LABELS = ['Sales', 'Support', 'Complaint', 'VIP'];
