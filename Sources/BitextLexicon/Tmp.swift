enum _PBitextLexicon {}
