package org.hearth.screening.engine;

import java.text.Normalizer;

/**
 * Folds one code point to the lower-case Latin form a reader would see: fullwidth and
 * mathematical letters, accented letters, Cyrillic and Greek look-alikes,
 * regional-indicator emoji letters, small capitals, superscript letters, curly quotes.
 * Invisible characters ({@link InvisibleCharacters}) and combining marks (a strike
 * through "k̶i̶l̶l̶", stacked marks, an accent typed after its letter) fold to
 * {@link #DROP}, so they cannot split a word.
 */
final class CharFolding {

	static final int DROP = -1;

	private static final char[] BMP = new char[0x10000];

	static {
		for (int c = 0; c < BMP.length; c++) {
			BMP[c] = (char) c;
		}
		for (int c = 0; c < 0x10000; c++) {
			if (Character.isISOControl(c)) {
				BMP[c] = (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85) ? '\n' : ' ';
			}
		}
		for (int c = 0xFF01; c <= 0xFF5E; c++) {
			BMP[c] = (char) (c - 0xFEE0);
		}
		BMP[0x3000] = ' ';
		foldByNfkd(0x00C0, 0x024F);
		foldByNfkd(0x1E00, 0x1EFF);
		foldByNfkd(0x2100, 0x214F);
		foldByNfkd(0x2460, 0x24FF);
		foldByNfkd(0x1D00, 0x1DBF);
		foldByNfkd(0x02B0, 0x02FF);
		foldByNfkd(0x2070, 0x209F);
		map("аa вb сc еe һh іi јj кk мm нh оo рp ѕs тt уy хx ԁd ԛq ԝw ґr гr зe пn ьb", true);
		map("αa βb εe ηn ιi κk μu νv οo ρp τt υu χx ωw γy", true);
		map("ɑa ɡg ɩi ɪi ʟl ɴn ʀr ʏy ᴀa ᴇe ᴏo ᴜu", false);
		map("ʙb ᴄc ᴅd ꜰf ɢg ʜh ᴊj ᴋk ᴍm ᴘp ꜱs ᴛt ᴠv ᴡw ᴢz ғf", true);
		map("‘' ’' ‛' ʼ' `' ´' ′' “\" ”\" „\" ‟\" «\" »\" ″\"", false);
		map("‐- ‑- ‒- –- —- ―- ・. •. ·. ‧.", false);
		for (int c : new int[] { 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
				0x200A, 0x202F, 0x205F }) {
			BMP[c] = ' ';
		}
		BMP[0x2028] = '\n';
		BMP[0x2029] = '\n';
		BMP['ß'] = 's';
		BMP['ø'] = 'o';
		BMP['Ø'] = 'o';
		BMP['ł'] = 'l';
		BMP['Ł'] = 'l';
		BMP['đ'] = 'd';
		BMP['æ'] = 'a';
		BMP['œ'] = 'o';
		map("ıi ĸk ɫl ƒf ҡk ԛq ɩi", true);
		for (int c = 0; c < 0x10000; c++) {
			BMP[c] = Character.toLowerCase(BMP[c]);
			if (BMP[c] > 0x7F && Character.isLetter(BMP[c]) && !isLatinGreekOrCyrillic(BMP[c])) {
				BMP[c] = ' ';
			}
		}
	}

	/**
	 * Latin, Greek and Cyrillic letters stay letters (the latter two fold to Latin where
	 * they look alike); a letter of any other script reads as a space. The rules read
	 * English only, and a word of another script in front of an urging ("你 kys") would
	 * otherwise stand where its addressee or an interjection stands.
	 */
	private static boolean isLatinGreekOrCyrillic(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
				|| script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.COMMON
				|| script == Character.UnicodeScript.INHERITED;
	}

	private CharFolding() {
	}

	private static boolean isCombiningMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	private static void foldByNfkd(int from, int to) {
		for (int c = from; c <= to; c++) {
			String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKD);
			if (!d.isEmpty() && d.charAt(0) < 0x80 && Character.isLetterOrDigit(d.charAt(0))) {
				BMP[c] = d.charAt(0);
			}
		}
	}

	private static void map(String pairs, boolean withUpper) {
		for (String pair : pairs.split(" ")) {
			char from = pair.charAt(0);
			char to = pair.charAt(1);
			BMP[from] = to;
			if (withUpper) {
				BMP[Character.toUpperCase(from)] = to;
			}
		}
	}

	/**
	 * The folded character for a code point, or {@link #DROP}. Unknown astral code points
	 * fold to a space.
	 */
	static int fold(int cp) {
		if (InvisibleCharacters.isInvisible(cp)) {
			return DROP;
		}
		if (cp >= 0x0300 && isCombiningMark(cp)) {
			return DROP;
		}
		if (cp < 0x10000) {
			return BMP[cp];
		}
		if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
			return 'a' + (cp - 0x1F1E6);
		}
		if ((cp >= 0x1D400 && cp <= 0x1D7FF) || (cp >= 0x1F130 && cp <= 0x1F189)) {
			String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
			if (!d.isEmpty() && d.charAt(0) < 0x80) {
				return Character.toLowerCase(d.charAt(0));
			}
		}
		if (cp >= 0xE0000 && cp <= 0xE007F) {
			return DROP;
		}
		return ' ';
	}

}
