import type { Messages } from '../messages.js';

export const th: Messages = {
  $lang: 'th',
  $name: 'ไทย',
  $dir: 'ltr',

  loading: 'กำลังโหลด…',
  retry: 'ลองอีกครั้ง',
  close: 'ปิด',
  back: 'ย้อนกลับ',
  cancel: 'ยกเลิก',
  save: 'บันทึก',
  edit: 'แก้ไข',
  copy: 'คัดลอก',
  copied: 'คัดลอกไปยังคลิปบอร์ดแล้ว',
  errorHeading: 'เกิดข้อผิดพลาดบางอย่าง',
  errorDetailNetwork: 'ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  emptyHeading: 'ยังไม่มีข้อมูล',
  unassigned: 'ยังไม่ได้มอบหมาย',
  unknownValue: 'ไม่ทราบ',

  channel: {
    email: 'อีเมล',
    chat: 'แชท',
    sms: 'SMS',
    voice: 'โทรศัพท์',
    whatsapp: 'WhatsApp',
    line: 'LINE',
    facebook: 'Facebook',
    instagram: 'Instagram',
    web: 'แบบฟอร์มเว็บ',
    other: 'ช่องทางอื่น',
  },
  status: {
    new: 'ใหม่',
    open: 'เปิดอยู่',
    pending: 'รอดำเนินการ',
    on_hold: 'พักไว้',
    resolved: 'แก้ไขแล้ว',
    closed: 'ปิดแล้ว',
  },
  priority: {
    low: 'ความสำคัญต่ำ',
    normal: 'ความสำคัญปกติ',
    high: 'ความสำคัญสูง',
    urgent: 'เร่งด่วน',
  },

  ticketCount: (count) => `${count} ทิกเก็ต`,
};
