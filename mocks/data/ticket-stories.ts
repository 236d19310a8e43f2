// Over 450 lines, knowingly: words, not code. Eight topics in four languages, kept side by side so a
// translator sees each story whole.
import type { MockLanguage } from './content.js';

// What a seeded case is about, told once per topic and language. A case's subject, summary, service
// reason, first tag, internal note and transcript all come from the same topic, so an evaluator who
// opens "Item arrived damaged" reads about a cracked lamp shade, not about password resets.
// The topics are in the order of SUBJECTS in content.ts (the subject is drawn as the topic's index).

export interface TicketStory {
  /** One line a helpdesk's AI or agent would write as the case's summary; `{n}` is the order number. */
  summary: string;
  /** The customer (`c`) and the agent (`a`) in turn; `{n}` is the order number. */
  lines: ['c' | 'a', string][];
  /** What an agent noted internally. */
  note: string;
}

interface Topic {
  /** The service reason a case about this topic is filed under. */
  reasonId: string;
  /** The tag a rule or the AI puts on it first. */
  tag: string;
  story: Record<MockLanguage, TicketStory>;
}

export const TICKET_TOPICS: Topic[] = [
  {
    reasonId: 'r_billing',
    tag: 'refund',
    story: {
      en: {
        summary: 'Returned order #{n} unused and asks when the money comes back.',
        lines: [
          ['c', 'Hello, I sent order #{n} back last week. When do I get my money back?'],
          ['a', 'Thanks for waiting. The return reached our warehouse on Monday and passed inspection.'],
          ['c', 'Good to hear. Will the refund go to the same card?'],
          ['a', 'Yes, to the card you paid with. I have issued it just now.'],
          ['c', 'How long until I see it?'],
          ['a', 'Usually 3–5 working days, depending on your bank. You will get a confirmation email.'],
        ],
        note: 'Return inspected: unused, full refund approved.',
      },
      th: {
        summary: 'ส่งคืนคำสั่งซื้อ #{n} ที่ยังไม่ได้ใช้ และสอบถามว่าจะได้เงินคืนเมื่อไร',
        lines: [
          ['c', 'สวัสดีค่ะ ส่งคืนคำสั่งซื้อ #{n} ไปเมื่อสัปดาห์ที่แล้ว จะได้เงินคืนเมื่อไรคะ'],
          ['a', 'ขอบคุณที่รอค่ะ สินค้าคืนถึงคลังเมื่อวันจันทร์และผ่านการตรวจสอบแล้วค่ะ'],
          ['c', 'ดีค่ะ เงินจะคืนเข้าบัตรใบเดิมใช่ไหมคะ'],
          ['a', 'ใช่ค่ะ คืนเข้าบัตรที่ใช้ชำระ ดำเนินการให้เรียบร้อยแล้วค่ะ'],
          ['c', 'อีกนานไหมคะกว่าจะเห็นยอด'],
          ['a', 'โดยปกติ 3–5 วันทำการ ขึ้นอยู่กับธนาคาร และจะมีอีเมลยืนยันส่งถึงคุณค่ะ'],
        ],
        note: 'ตรวจสินค้าคืนแล้ว ยังไม่ได้ใช้งาน อนุมัติคืนเงินเต็มจำนวน',
      },
      id: {
        summary: 'Mengembalikan pesanan #{n} yang belum dipakai dan menanyakan kapan dana kembali.',
        lines: [
          ['c', 'Halo, pesanan #{n} sudah saya kirim balik minggu lalu. Kapan uang saya kembali?'],
          ['a', 'Terima kasih sudah menunggu. Barang retur tiba di gudang hari Senin dan lolos pemeriksaan.'],
          ['c', 'Syukurlah. Apakah dananya kembali ke kartu yang sama?'],
          ['a', 'Ya, ke kartu yang Anda pakai untuk membayar. Baru saja saya proses.'],
          ['c', 'Berapa lama sampai dananya terlihat?'],
          ['a', 'Biasanya 3–5 hari kerja, tergantung bank Anda. Anda akan menerima email konfirmasi.'],
        ],
        note: 'Retur sudah dicek: belum dipakai, pengembalian dana penuh disetujui.',
      },
      pl: {
        summary: 'Odesłał nieużywane zamówienie #{n} i pyta, kiedy dostanie zwrot pieniędzy.',
        lines: [
          ['c', 'Dzień dobry, w zeszłym tygodniu odesłałem zamówienie #{n}. Kiedy dostanę zwrot pieniędzy?'],
          ['a', 'Dziękuję za cierpliwość. Zwrot dotarł do magazynu w poniedziałek i przeszedł kontrolę.'],
          ['c', 'Świetnie. Czy pieniądze wrócą na tę samą kartę?'],
          ['a', 'Tak, na kartę, którą Pan płacił. Właśnie zleciłam zwrot.'],
          ['c', 'Po jakim czasie je zobaczę?'],
          ['a', 'Zwykle po 3–5 dniach roboczych, zależnie od banku. Dostanie Pan e-mail z potwierdzeniem.'],
        ],
        note: 'Zwrot sprawdzony: nieużywany, pełny zwrot zatwierdzony.',
      },
    },
  },
  {
    reasonId: 'r_account',
    tag: 'login',
    story: {
      en: {
        summary: 'Cannot sign in: the password reset emails never arrive.',
        lines: [
          ['c', 'I can’t log in, and the password reset email never arrives.'],
          ['a', 'Sorry about that. The reset emails bounced: your address on file says “gmial.com”.'],
          ['c', 'Oh no, that was my typo. Can you fix it?'],
          ['a', 'I’ve corrected it and sent a new reset link. It should arrive within a minute.'],
          ['c', 'Got it, and I’m in. Thanks!'],
          ['a', 'Glad it works. I’ve also turned on sign-in alerts for your account.'],
        ],
        note: 'Email address had a typo; corrected after checking the customer’s ID.',
      },
      th: {
        summary: 'เข้าสู่ระบบไม่ได้ อีเมลรีเซ็ตรหัสผ่านไม่เคยมาถึง',
        lines: [
          ['c', 'เข้าสู่ระบบไม่ได้ครับ แล้วอีเมลรีเซ็ตรหัสผ่านก็ไม่มาเลย'],
          ['a', 'ขออภัยค่ะ อีเมลรีเซ็ตตีกลับ เพราะอีเมลในระบบสะกดว่า “gmial.com” ค่ะ'],
          ['c', 'ตายแล้ว ผมพิมพ์ผิดเอง ช่วยแก้ให้หน่อยได้ไหมครับ'],
          ['a', 'แก้ไขให้แล้วและส่งลิงก์รีเซ็ตใหม่ให้แล้วค่ะ น่าจะได้รับภายในหนึ่งนาที'],
          ['c', 'ได้รับแล้วครับ เข้าระบบได้แล้ว ขอบคุณครับ'],
          ['a', 'ยินดีค่ะ เปิดการแจ้งเตือนการเข้าสู่ระบบให้บัญชีของคุณด้วยแล้วนะคะ'],
        ],
        note: 'อีเมลสะกดผิด แก้ไขแล้วหลังยืนยันตัวตนลูกค้า',
      },
      id: {
        summary: 'Tidak bisa masuk: email reset kata sandi tidak pernah datang.',
        lines: [
          ['c', 'Saya tidak bisa masuk, dan email reset kata sandinya tidak pernah datang.'],
          ['a', 'Mohon maaf. Email reset terpental: alamat Anda tercatat sebagai “gmial.com”.'],
          ['c', 'Aduh, itu salah ketik saya. Bisa diperbaiki?'],
          ['a', 'Sudah saya perbaiki dan saya kirim tautan reset baru. Seharusnya tiba dalam semenit.'],
          ['c', 'Sudah masuk, dan saya bisa login. Terima kasih!'],
          ['a', 'Senang bisa membantu. Notifikasi login untuk akun Anda juga sudah saya aktifkan.'],
        ],
        note: 'Alamat email salah ketik; diperbaiki setelah identitas pelanggan dicek.',
      },
      pl: {
        summary: 'Nie może się zalogować: e-mail do resetu hasła nie dochodzi.',
        lines: [
          ['c', 'Nie mogę się zalogować, a e-mail do resetu hasła w ogóle nie przychodzi.'],
          ['a', 'Przepraszam. E-maile wróciły: w koncie jest adres z „gmial.com”.'],
          ['c', 'O nie, to moja literówka. Można to poprawić?'],
          ['a', 'Poprawiłam adres i wysłałam nowy link. Powinien dojść w ciągu minuty.'],
          ['c', 'Doszedł, już jestem zalogowana. Dziękuję!'],
          ['a', 'Cieszę się. Włączyłam też powiadomienia o logowaniu na Pani koncie.'],
        ],
        note: 'Literówka w adresie e-mail; poprawiona po weryfikacji tożsamości.',
      },
    },
  },
  {
    reasonId: 'r_delivery',
    tag: 'shipping',
    story: {
      en: {
        summary: 'Order #{n} was due on Friday; the tracking stopped at the sorting hub.',
        lines: [
          ['c', 'Order #{n} was due on Friday and the tracking hasn’t moved since.'],
          ['a', 'I’m sorry. The courier reports a delay at the sorting hub; let me chase them.'],
          ['c', 'I need it before the weekend. Is that possible?'],
          [
            'a',
            'The courier promises delivery tomorrow before 12:00, and I’ve upgraded it to express for free.',
          ],
          ['c', 'Thank you, that helps a lot.'],
          ['a', 'You’re welcome. I’ll keep this case open until it’s delivered.'],
        ],
        note: 'Courier delay at the hub; upgraded to express free of charge.',
      },
      th: {
        summary: 'คำสั่งซื้อ #{n} ควรถึงวันศุกร์ แต่สถานะพัสดุค้างอยู่ที่ศูนย์คัดแยก',
        lines: [
          ['c', 'คำสั่งซื้อ #{n} ควรได้รับวันศุกร์ แต่สถานะพัสดุไม่ขยับเลยค่ะ'],
          ['a', 'ขออภัยค่ะ ขนส่งแจ้งว่าล่าช้าที่ศูนย์คัดแยก ขอติดตามให้นะคะ'],
          ['c', 'ต้องใช้ก่อนเสาร์อาทิตย์นี้ค่ะ ทันไหมคะ'],
          ['a', 'ขนส่งยืนยันส่งพรุ่งนี้ก่อนเที่ยง และอัปเกรดเป็นส่งด่วนให้ฟรีแล้วค่ะ'],
          ['c', 'ขอบคุณมากค่ะ ช่วยได้เยอะเลย'],
          ['a', 'ยินดีค่ะ จะเปิดเคสนี้ไว้จนกว่าพัสดุจะถึงมือนะคะ'],
        ],
        note: 'ขนส่งล่าช้าที่ศูนย์คัดแยก อัปเกรดเป็นส่งด่วนโดยไม่คิดค่าใช้จ่าย',
      },
      id: {
        summary: 'Pesanan #{n} seharusnya tiba hari Jumat; pelacakan berhenti di gudang sortir.',
        lines: [
          ['c', 'Pesanan #{n} seharusnya tiba hari Jumat, tapi status pelacakannya tidak berubah.'],
          ['a', 'Mohon maaf. Kurir melaporkan keterlambatan di gudang sortir; saya tindak lanjuti.'],
          ['c', 'Saya butuh sebelum akhir pekan. Apakah bisa?'],
          [
            'a',
            'Kurir menjanjikan pengiriman besok sebelum pukul 12.00, dan saya naikkan ke ekspres gratis.',
          ],
          ['c', 'Terima kasih, sangat membantu.'],
          ['a', 'Sama-sama. Kasus ini saya biarkan terbuka sampai paket diterima.'],
        ],
        note: 'Kurir terlambat di gudang sortir; dinaikkan ke ekspres tanpa biaya.',
      },
      pl: {
        summary: 'Zamówienie #{n} miało dojść w piątek; śledzenie stoi w sortowni.',
        lines: [
          ['c', 'Zamówienie #{n} miało dojść w piątek, a status przesyłki od tamtej pory się nie zmienił.'],
          ['a', 'Przepraszam. Kurier zgłasza opóźnienie w sortowni; już to wyjaśniam.'],
          ['c', 'Potrzebuję go przed weekendem. Da się?'],
          ['a', 'Kurier obiecuje doręczenie jutro przed 12:00, a przesyłkę zmieniłem na ekspresową gratis.'],
          ['c', 'Dziękuję, bardzo mi to pomaga.'],
          ['a', 'Proszę bardzo. Zostawiam zgłoszenie otwarte do czasu doręczenia.'],
        ],
        note: 'Opóźnienie kuriera w sortowni; bezpłatna zmiana na ekspres.',
      },
    },
  },
  {
    reasonId: 'r_billing',
    tag: 'billing',
    story: {
      en: {
        summary: 'The company moved offices and needs invoices sent to the new address.',
        lines: [
          ['c', 'We moved offices. Please change our billing address for the next invoice.'],
          ['a', 'Of course. Could you send the new address and confirm your VAT number?'],
          ['c', 'It’s 14 Harbour Street, 2nd floor. The VAT number hasn’t changed.'],
          ['a', 'Done: the next invoice goes to 14 Harbour Street, 2nd floor.'],
          ['c', 'Could you also reissue last month’s invoice with the new address?'],
          ['a', 'I’ve reissued it and sent it to your billing contact.'],
        ],
        note: 'Address change confirmed by the account owner.',
      },
      th: {
        summary: 'บริษัทย้ายสำนักงาน ต้องการให้ส่งใบแจ้งหนี้ไปที่อยู่ใหม่',
        lines: [
          ['c', 'บริษัทย้ายสำนักงานแล้วค่ะ รบกวนเปลี่ยนที่อยู่ออกใบแจ้งหนี้สำหรับรอบถัดไป'],
          ['a', 'ได้เลยค่ะ รบกวนแจ้งที่อยู่ใหม่และยืนยันเลขประจำตัวผู้เสียภาษีด้วยนะคะ'],
          ['c', 'เลขที่ 14 ถนนสาทร ชั้น 2 ค่ะ เลขผู้เสียภาษีเหมือนเดิม'],
          ['a', 'เรียบร้อยค่ะ ใบแจ้งหนี้รอบหน้าจะส่งไปที่ 14 ถนนสาทร ชั้น 2'],
          ['c', 'ช่วยออกใบแจ้งหนี้เดือนที่แล้วใหม่เป็นที่อยู่ใหม่ด้วยได้ไหมคะ'],
          ['a', 'ออกใหม่และส่งให้ผู้ติดต่อฝ่ายบัญชีของคุณแล้วค่ะ'],
        ],
        note: 'เจ้าของบัญชียืนยันการเปลี่ยนที่อยู่แล้ว',
      },
      id: {
        summary: 'Perusahaan pindah kantor dan ingin tagihan dikirim ke alamat baru.',
        lines: [
          ['c', 'Kantor kami pindah. Tolong ubah alamat penagihan untuk tagihan berikutnya.'],
          ['a', 'Tentu. Boleh kirimkan alamat baru dan konfirmasi NPWP Anda?'],
          ['c', 'Jl. Braga No. 14, lantai 2. NPWP-nya tidak berubah.'],
          ['a', 'Sudah: tagihan berikutnya dikirim ke Jl. Braga No. 14, lantai 2.'],
          ['c', 'Bisa juga terbitkan ulang tagihan bulan lalu dengan alamat baru?'],
          ['a', 'Sudah saya terbitkan ulang dan kirim ke kontak penagihan Anda.'],
        ],
        note: 'Perubahan alamat dikonfirmasi oleh pemilik akun.',
      },
      pl: {
        summary: 'Firma zmieniła biuro i prosi o faktury na nowy adres.',
        lines: [
          ['c', 'Przenieśliśmy biuro. Proszę zmienić adres rozliczeniowy od następnej faktury.'],
          ['a', 'Oczywiście. Proszę podać nowy adres i potwierdzić NIP.'],
          ['c', 'ul. Portowa 14, II piętro. NIP się nie zmienił.'],
          ['a', 'Gotowe: następna faktura pójdzie na ul. Portową 14, II piętro.'],
          ['c', 'Czy można też wystawić ponownie fakturę z zeszłego miesiąca z nowym adresem?'],
          ['a', 'Wystawiłam ją ponownie i wysłałam osobie od rozliczeń.'],
        ],
        note: 'Zmianę adresu potwierdził właściciel konta.',
      },
    },
  },
  {
    reasonId: 'r_product',
    tag: 'damaged',
    story: {
      en: {
        summary: 'The lamp from order #{n} arrived with a cracked shade; photos attached.',
        lines: [
          ['c', 'The lamp from order #{n} arrived with a cracked shade. Photos attached.'],
          ['a', 'I’m sorry it arrived like that. Thanks for the photos: they show damage in transit.'],
          ['c', 'Can you send a new one? I don’t want a refund.'],
          ['a', 'A replacement is on its way; you’ll get the tracking number by email today.'],
          ['c', 'Do I need to send the broken one back?'],
          ['a', 'No need to return it; please recycle it. Sorry again for the trouble.'],
        ],
        note: 'Transit damage confirmed by the photos; replacement sent, no return needed.',
      },
      th: {
        summary: 'โคมไฟจากคำสั่งซื้อ #{n} มาถึงพร้อมโป๊ะแตก แนบรูปมาแล้ว',
        lines: [
          ['c', 'โคมไฟจากคำสั่งซื้อ #{n} มาถึงแล้วโป๊ะแตกค่ะ แนบรูปมาให้แล้ว'],
          ['a', 'ขออภัยจริง ๆ ค่ะ ขอบคุณสำหรับรูป เห็นชัดว่าเสียหายระหว่างขนส่ง'],
          ['c', 'ส่งชิ้นใหม่มาแทนได้ไหมคะ ไม่ต้องการคืนเงิน'],
          ['a', 'จัดส่งสินค้าทดแทนแล้วค่ะ จะได้รับเลขพัสดุทางอีเมลวันนี้'],
          ['c', 'ต้องส่งชิ้นที่แตกคืนไหมคะ'],
          ['a', 'ไม่ต้องส่งคืนค่ะ รบกวนนำไปรีไซเคิล ขออภัยในความไม่สะดวกอีกครั้งนะคะ'],
        ],
        note: 'รูปยืนยันความเสียหายจากการขนส่ง ส่งของทดแทน ไม่ต้องส่งคืน',
      },
      id: {
        summary: 'Lampu dari pesanan #{n} tiba dengan kap retak; foto terlampir.',
        lines: [
          ['c', 'Lampu dari pesanan #{n} datang dengan kap yang retak. Fotonya saya lampirkan.'],
          ['a', 'Mohon maaf atas kondisinya. Terima kasih fotonya: terlihat rusak saat pengiriman.'],
          ['c', 'Bisa kirim yang baru? Saya tidak mau refund.'],
          ['a', 'Barang pengganti sedang dikirim; nomor resi akan dikirim lewat email hari ini.'],
          ['c', 'Apakah yang rusak perlu dikembalikan?'],
          ['a', 'Tidak perlu dikembalikan; silakan didaur ulang. Sekali lagi mohon maaf.'],
        ],
        note: 'Kerusakan pengiriman terbukti dari foto; pengganti dikirim, tanpa retur.',
      },
      pl: {
        summary: 'Lampa z zamówienia #{n} dotarła z pękniętym kloszem; zdjęcia w załączniku.',
        lines: [
          ['c', 'Lampa z zamówienia #{n} dotarła z pękniętym kloszem. Zdjęcia w załączniku.'],
          ['a', 'Przykro mi. Dziękuję za zdjęcia: widać uszkodzenie w transporcie.'],
          ['c', 'Czy możecie wysłać nową? Nie chcę zwrotu pieniędzy.'],
          ['a', 'Nowa lampa jest w drodze; numer przesyłki dostanie Pani dziś e-mailem.'],
          ['c', 'Czy muszę odesłać uszkodzoną?'],
          ['a', 'Nie trzeba; proszę ją zutylizować. Jeszcze raz przepraszam za kłopot.'],
        ],
        note: 'Uszkodzenie w transporcie potwierdzone zdjęciami; wysłano nową, bez zwrotu.',
      },
    },
  },
  {
    reasonId: 'r_product',
    tag: 'warranty',
    story: {
      en: {
        summary: 'The coffee machine stopped heating after 14 months; within the 2-year warranty.',
        lines: [
          ['c', 'My coffee machine stopped heating after 14 months. Is it still under warranty?'],
          ['a', 'Yes, it has a 2-year warranty. Could you send the serial number from the base?'],
          ['c', 'It’s SN 4471-0932.'],
          ['a', 'Thanks. I’ve booked a free repair; a courier collects it on Wednesday.'],
          ['c', 'How long will the repair take?'],
          ['a', 'About 7–10 working days. We’ll lend you a machine in the meantime.'],
        ],
        note: 'Within warranty (14 of 24 months); repair booked.',
      },
      th: {
        summary: 'เครื่องชงกาแฟไม่ร้อนหลังใช้ 14 เดือน ยังอยู่ในประกัน 2 ปี',
        lines: [
          ['c', 'เครื่องชงกาแฟไม่ร้อนแล้วครับ ใช้มา 14 เดือน ยังอยู่ในประกันไหมครับ'],
          ['a', 'ยังอยู่ค่ะ รับประกัน 2 ปี รบกวนส่งหมายเลขเครื่องที่อยู่ใต้ฐานมาด้วยนะคะ'],
          ['c', 'หมายเลข SN 4471-0932 ครับ'],
          ['a', 'ขอบคุณค่ะ จองซ่อมฟรีให้แล้ว จะมีพนักงานมารับเครื่องวันพุธ'],
          ['c', 'ซ่อมนานไหมครับ'],
          ['a', 'ประมาณ 7–10 วันทำการค่ะ ระหว่างนี้มีเครื่องสำรองให้ยืมใช้ค่ะ'],
        ],
        note: 'อยู่ในประกัน (14 จาก 24 เดือน) จองซ่อมแล้ว',
      },
      id: {
        summary: 'Mesin kopi tidak panas lagi setelah 14 bulan; masih dalam garansi 2 tahun.',
        lines: [
          ['c', 'Mesin kopi saya tidak panas lagi setelah 14 bulan. Apakah masih bergaransi?'],
          ['a', 'Masih, garansinya 2 tahun. Boleh kirim nomor seri di bagian bawah mesin?'],
          ['c', 'Nomornya SN 4471-0932.'],
          ['a', 'Terima kasih. Perbaikan gratis sudah saya jadwalkan; kurir menjemput hari Rabu.'],
          ['c', 'Perbaikannya berapa lama?'],
          ['a', 'Sekitar 7–10 hari kerja. Selama itu kami pinjamkan mesin pengganti.'],
        ],
        note: 'Masih garansi (14 dari 24 bulan); perbaikan dijadwalkan.',
      },
      pl: {
        summary: 'Ekspres przestał grzać po 14 miesiącach; w ramach 2-letniej gwarancji.',
        lines: [
          ['c', 'Mój ekspres przestał grzać po 14 miesiącach. Czy jest jeszcze na gwarancji?'],
          ['a', 'Tak, gwarancja trwa 2 lata. Proszę podać numer seryjny ze spodu urządzenia.'],
          ['c', 'To SN 4471-0932.'],
          ['a', 'Dziękuję. Zamówiłem bezpłatną naprawę; kurier odbierze ekspres w środę.'],
          ['c', 'Ile potrwa naprawa?'],
          ['a', 'Około 7–10 dni roboczych. W tym czasie pożyczymy Panu ekspres zastępczy.'],
        ],
        note: 'Na gwarancji (14 z 24 miesięcy); naprawa zamówiona.',
      },
    },
  },
  {
    reasonId: 'r_other',
    tag: 'churn-risk',
    story: {
      en: {
        summary: 'Wants to cancel at the end of the month: too expensive for how often it is used.',
        lines: [
          ['c', 'Please cancel my subscription at the end of this month.'],
          ['a', 'I can do that. May I ask why you’re leaving? It helps us improve.'],
          ['c', 'It’s too expensive for how often I use it.'],
          ['a', 'I understand. Would the Basic plan, at half the price, suit you better?'],
          ['c', 'No thanks, please just cancel it.'],
          ['a', 'Done: your subscription ends on the last day of the month and you won’t be charged again.'],
        ],
        note: 'Leaving over price; declined the Basic plan.',
      },
      th: {
        summary: 'ต้องการยกเลิกสิ้นเดือนนี้ เพราะราคาสูงเกินไปเมื่อเทียบกับการใช้งาน',
        lines: [
          ['c', 'รบกวนยกเลิกการสมัครสมาชิกเมื่อสิ้นเดือนนี้ค่ะ'],
          ['a', 'ได้ค่ะ ขออนุญาตถามเหตุผลที่ยกเลิกได้ไหมคะ เพื่อนำไปปรับปรุงบริการ'],
          ['c', 'ราคาแพงเกินไปเมื่อเทียบกับที่ใช้งานจริงค่ะ'],
          ['a', 'เข้าใจค่ะ แพ็กเกจ Basic ราคาครึ่งหนึ่งน่าจะเหมาะกว่าไหมคะ'],
          ['c', 'ไม่เป็นไรค่ะ ยกเลิกเลยดีกว่า'],
          ['a', 'เรียบร้อยค่ะ สมาชิกจะสิ้นสุดวันสุดท้ายของเดือน และจะไม่มีการเรียกเก็บเงินอีก'],
        ],
        note: 'ยกเลิกเพราะราคา ปฏิเสธข้อเสนอแพ็กเกจ Basic',
      },
      id: {
        summary: 'Ingin berhenti akhir bulan: terlalu mahal untuk seberapa sering dipakai.',
        lines: [
          ['c', 'Tolong batalkan langganan saya di akhir bulan ini.'],
          ['a', 'Bisa. Boleh tahu alasannya? Masukan Anda membantu kami.'],
          ['c', 'Terlalu mahal untuk seberapa sering saya pakai.'],
          ['a', 'Saya mengerti. Apakah paket Basic dengan setengah harga lebih cocok?'],
          ['c', 'Tidak, terima kasih. Tolong dibatalkan saja.'],
          ['a', 'Sudah: langganan berakhir di hari terakhir bulan ini dan tidak akan ditagih lagi.'],
        ],
        note: 'Berhenti karena harga; menolak tawaran paket Basic.',
      },
      pl: {
        summary: 'Chce zrezygnować z końcem miesiąca: za drogo jak na to, ile korzysta.',
        lines: [
          ['c', 'Proszę anulować moją subskrypcję z końcem miesiąca.'],
          ['a', 'Oczywiście. Czy mogę zapytać o powód? To pomaga nam się poprawić.'],
          ['c', 'Za drogo jak na to, ile z niej korzystam.'],
          ['a', 'Rozumiem. Może plan Basic za połowę ceny będzie lepszy?'],
          ['c', 'Nie, dziękuję, proszę po prostu anulować.'],
          ['a', 'Gotowe: subskrypcja kończy się ostatniego dnia miesiąca i nie będzie kolejnych opłat.'],
        ],
        note: 'Rezygnacja z powodu ceny; odrzucił plan Basic.',
      },
    },
  },
  {
    reasonId: 'r_billing',
    tag: 'billing',
    story: {
      en: {
        summary: 'Charged twice this month: a payment retry that should have been cancelled.',
        lines: [
          ['c', 'I was charged twice for my subscription this month.'],
          ['a', 'I can see both charges. The second was a payment retry that should have been cancelled.'],
          ['c', 'Can I get the second one back?'],
          ['a', 'I’ve refunded the duplicate charge; a confirmation email is on its way.'],
          ['c', 'Will this happen again next month?'],
          ['a', 'No, we’ve fixed the retry on your account. Sorry for the inconvenience.'],
        ],
        note: 'Duplicate charge from a payment retry; refunded.',
      },
      th: {
        summary: 'ถูกเรียกเก็บเงินซ้ำเดือนนี้ จากการตัดเงินซ้ำที่ควรถูกยกเลิก',
        lines: [
          ['c', 'เดือนนี้ถูกตัดเงินค่าสมาชิกสองครั้งครับ'],
          ['a', 'เห็นทั้งสองรายการค่ะ รายการที่สองเป็นการตัดเงินซ้ำที่ควรถูกยกเลิกไปแล้ว'],
          ['c', 'ขอคืนรายการที่สองได้ไหมครับ'],
          ['a', 'คืนเงินรายการที่ซ้ำให้แล้วค่ะ จะมีอีเมลยืนยันส่งถึงคุณ'],
          ['c', 'เดือนหน้าจะเกิดอีกไหมครับ'],
          ['a', 'ไม่เกิดอีกแล้วค่ะ แก้ไขการตัดเงินซ้ำในบัญชีของคุณแล้ว ขออภัยในความไม่สะดวกค่ะ'],
        ],
        note: 'ตัดเงินซ้ำจากการลองชำระใหม่ คืนเงินแล้ว',
      },
      id: {
        summary: 'Tertagih dua kali bulan ini: percobaan ulang pembayaran yang seharusnya dibatalkan.',
        lines: [
          ['c', 'Langganan saya tertagih dua kali bulan ini.'],
          ['a', 'Kedua tagihan terlihat. Yang kedua adalah percobaan ulang yang seharusnya dibatalkan.'],
          ['c', 'Bisa dikembalikan yang kedua?'],
          ['a', 'Tagihan ganda sudah saya kembalikan; email konfirmasi sedang dikirim.'],
          ['c', 'Apakah bulan depan akan terjadi lagi?'],
          [
            'a',
            'Tidak, percobaan ulang di akun Anda sudah kami perbaiki. Mohon maaf atas ketidaknyamanannya.',
          ],
        ],
        note: 'Tagihan ganda dari percobaan ulang pembayaran; dana dikembalikan.',
      },
      pl: {
        summary: 'Podwójne obciążenie w tym miesiącu: ponowienie płatności, które powinno być anulowane.',
        lines: [
          ['c', 'W tym miesiącu subskrypcja pobrała opłatę dwa razy.'],
          ['a', 'Widzę obie płatności. Druga to ponowienie, które powinno było zostać anulowane.'],
          ['c', 'Czy mogę dostać zwrot drugiej?'],
          ['a', 'Zwróciłam podwójną opłatę; e-mail z potwierdzeniem jest w drodze.'],
          ['c', 'Czy to się powtórzy w przyszłym miesiącu?'],
          ['a', 'Nie, naprawiliśmy ponawianie na Pana koncie. Przepraszamy za kłopot.'],
        ],
        note: 'Podwójna opłata z ponowienia płatności; zwrócona.',
      },
    },
  },
];

/** What the assistant bot says when it answers first, and what the system says on assignment. */
export const BOT_GREETING: Record<MockLanguage, string> = {
  en: 'Hi! I can help with orders, refunds and account access. An agent will join shortly.',
  th: 'สวัสดีค่ะ ช่วยเรื่องคำสั่งซื้อ การคืนเงิน และการเข้าสู่บัญชีได้ เจ้าหน้าที่จะเข้ามาในไม่ช้า',
  id: 'Halo! Saya bisa membantu soal pesanan, pengembalian dana dan akses akun. Agen akan segera bergabung.',
  pl: 'Cześć! Pomogę w sprawie zamówień, zwrotów i dostępu do konta. Za chwilę dołączy konsultant.',
};

export const ASSIGNED_TO: Record<MockLanguage, string> = {
  en: 'Assigned to {name}',
  th: 'มอบหมายให้ {name}',
  id: 'Ditugaskan ke {name}',
  pl: 'Przypisano do: {name}',
};

/**
 * A case that drags on (one in 97, long enough to page through): the customer asks again and
 * again and the agent answers; `{d}` counts, so no two lines read the same.
 */
export const FOLLOW_UPS: Record<MockLanguage, [string, string]> = {
  en: [
    'Following up ({d}): is there any news on this?',
    'Update {d}: I chased the team again and will write back soon.',
  ],
  th: ['ติดตามครั้งที่ {d}: มีความคืบหน้าไหมคะ', 'อัปเดตครั้งที่ {d}: ติดตามกับทีมอีกครั้งแล้ว จะรีบแจ้งกลับค่ะ'],
  id: [
    'Menanyakan lagi ({d}): apakah ada kabar?',
    'Kabar ke-{d}: saya sudah menindaklanjuti lagi dan segera mengabari.',
  ],
  pl: [
    'Ponawiam pytanie ({d}): czy są jakieś nowe informacje?',
    'Aktualizacja {d}: ponownie ponagliłam zespół, wkrótce dam znać.',
  ],
};

/** A second note an agent may add to any case. */
export const CALLBACK_NOTE: Record<MockLanguage, string> = {
  en: 'Called the customer back: no answer, left a voicemail.',
  th: 'โทรกลับหาลูกค้าแล้ว ไม่มีผู้รับสาย ฝากข้อความเสียงไว้',
  id: 'Sudah menelepon balik pelanggan: tidak diangkat, meninggalkan pesan suara.',
  pl: 'Oddzwoniono do klienta: brak odpowiedzi, zostawiono wiadomość głosową.',
};

/** The topic of a seeded subject (its index in SUBJECTS), or 0 for a subject typed by someone. */
export function topicOfSubject(subject: string, templates: readonly string[]): number {
  const index = templates.findIndex((template) => subject.includes(template.split('#')[0]!.trim()));
  return Math.max(index, 0);
}

/** How much of a story has happened by the time a case is in a status. */
export function linesSoFar(status: string): number {
  if (status === 'new') return 1;
  if (status === 'open') return 3;
  if (status === 'pending' || status === 'on_hold') return 4;
  return 6;
}
