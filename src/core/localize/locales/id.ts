import type { Messages } from '../messages.js';

export const id: Messages = {
  $lang: 'id',
  $name: 'Bahasa Indonesia',
  $dir: 'ltr',

  loading: 'Memuat…',
  retry: 'Coba lagi',
  close: 'Tutup',
  back: 'Kembali',
  cancel: 'Batal',
  save: 'Simpan',
  edit: 'Ubah',
  copy: 'Salin',
  copied: 'Disalin ke papan klip',
  errorHeading: 'Terjadi kesalahan',
  errorDetailNetwork: 'Periksa koneksi Anda, lalu coba lagi.',
  emptyHeading: 'Belum ada apa pun di sini',
  unassigned: 'Belum ditugaskan',
  unknownValue: 'Tidak diketahui',

  channel: {
    email: 'Email',
    chat: 'Obrolan',
    sms: 'SMS',
    voice: 'Panggilan telepon',
    whatsapp: 'WhatsApp',
    line: 'LINE',
    facebook: 'Facebook',
    instagram: 'Instagram',
    web: 'Formulir web',
    other: 'Saluran lain',
  },
  status: {
    new: 'Baru',
    open: 'Terbuka',
    pending: 'Menunggu',
    on_hold: 'Ditahan',
    resolved: 'Terselesaikan',
    closed: 'Ditutup',
  },
  priority: {
    low: 'Prioritas rendah',
    normal: 'Prioritas normal',
    high: 'Prioritas tinggi',
    urgent: 'Mendesak',
  },

  ticketCount: (count) => `${count} tiket`,
};
