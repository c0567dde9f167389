import { asciiDigits } from './instant-advice.ts';

/**
 * A duration written with the words of another language for hours and minutes (`45 минут`, `1 godz. 23 min`,
 * `1 saat 23 dakika`, `1 Stunde 23 Minuten`, `1 heure 23`, `45分`, `1時間23分`, `45 phút`, `٤٥ دقيقة`), as reports of
 * other organisations give `impact.downtimeMinutes`: bad input round 59, where each got "must be a number" with no number
 * given (round 13 read the English units alone). Its minutes, or undefined when it is not such a duration. Pure.
 */
const hourWords = 'часа|часов|час|ч\\.?|godzin[ay]?|godz\\.?|saat|stunden|stunde|std\\.?|heures?|horas?|ore|ora|uur|timmar|timme|tim|giờ|小时|小時|時間|시간|ساعات|ساعة|שעות|שעה';
const minuteWords = 'минуты|минута|минут|мин\\.?|minuty|minuta|minut|dakika|dk\\.?|minuten|minute|minutos|minuto|minuti|minuter|minutes|min\\.?|phút|分钟|分鐘|分|분|دقائق|دقيقة|דקות|דקה';
const joiner = '(?:\\s*(?:,|и|i|und|et|y|e|ve|och|en|và|و)\\s*|\\s*)';
const spelled = new RegExp(`^(?:(\\d+(?:[.,]\\d+)?)\\s*(?:${hourWords}))?${joiner}(?:(\\d+(?:[.,]\\d+)?)\\s*(?:${minuteWords})?)?$`, 'iu');

export function minutesOfDurationInWords(written: string): number | undefined {
  const text = (asciiDigits(written)?.text ?? written).trim();
  const match = spelled.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  // A number alone, or minutes without their word and no hours before them, is no duration in words.
  const minutesWord = match[2] !== undefined && text.slice(text.lastIndexOf(match[2]) + match[2].length).trim() !== '';
  if (match[1] === undefined && !minutesWord) return undefined;
  const number = (digits: string | undefined) => Number((digits ?? '0').replace(',', '.'));
  return Math.round((number(match[1]) * 60 + number(match[2])) * 100) / 100;
}
