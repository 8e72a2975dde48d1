@_exported public import BitextAlignment
@_exported public import BitextCore
@_exported public import BitextExport
@_exported public import BitextLexicon
@_exported public import BitextSegmentation
@_exported public import BitextEmbedding
