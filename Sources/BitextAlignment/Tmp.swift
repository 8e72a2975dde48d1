enum _PBitextAlignment {}
