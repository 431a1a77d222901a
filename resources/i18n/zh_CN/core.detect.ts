<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Signaling token</source>
        <translation>信令 Token</translation>
    </message>
    <message>
        <source>Whiteboard token</source>
        <translation>白板 Token</translation>
    </message>
    <message>
        <source>Media Gateway stream key</source>
        <translation>媒体网关推流码</translation>
    </message>
    <message>
        <source>Undid URL percent-encoding (%2B, %2F, %3D).</source>
        <translation>已还原 URL 百分号编码（%2B、%2F、%3D）。</translation>
    </message>
    <message>
        <source>Removed whitespace around the token.</source>
        <translation>已删除 Token 前后的空白。</translation>
    </message>
    <message>
        <source>Removed the quotes around the token.</source>
        <translation>已删除 Token 两侧的引号。</translation>
    </message>
    <message>
        <source>Removed {count} line break or tab inside the token.</source>
        <translation>已删除 Token 中的 {count} 个换行符或制表符。</translation>
    </message>
    <message>
        <source>Removed {count} line breaks or tabs inside the token.</source>
        <translation>已删除 Token 中的 {count} 个换行符或制表符。</translation>
    </message>
    <message>
        <source>Turned {count} space back into &apos;+&apos;: a URL or form field had changed them.</source>
        <translation>已将 {count} 个空格还原为“+”：URL 或表单字段改动过它们。</translation>
    </message>
    <message>
        <source>Turned {count} spaces back into &apos;+&apos;: a URL or form field had changed them.</source>
        <translation>已将 {count} 个空格还原为“+”：URL 或表单字段改动过它们。</translation>
    </message>
    <message>
        <source>a signaling token</source>
        <translation>一个信令 Token</translation>
    </message>
    <message>
        <source>a DynamicKey (v1) key</source>
        <translation>一个 DynamicKey (v1) Key</translation>
    </message>
    <message>
        <source>a DynamicKey2 key</source>
        <translation>一个 DynamicKey2 Key</translation>
    </message>
    <message>
        <source>a DynamicKey3 key</source>
        <translation>一个 DynamicKey3 Key</translation>
    </message>
    <message>
        <source>a DynamicKey4 key</source>
        <translation>一个 DynamicKey4 Key</translation>
    </message>
    <message>
        <source>a 007 token</source>
        <translation>一个 007 Token</translation>
    </message>
    <message>
        <source>a 006 token</source>
        <translation>一个 006 Token</translation>
    </message>
    <message>
        <source>a DynamicKey5 key</source>
        <translation>一个 DynamicKey5 Key</translation>
    </message>
    <message>
        <source>a whiteboard token</source>
        <translation>一个白板 Token</translation>
    </message>
    <message>
        <source>a Media Gateway stream key</source>
        <translation>一个媒体网关推流码</translation>
    </message>
    <message>
        <source>The text holds {count} tokens or readings; this is the first, and the others are offered too.</source>
        <translation>文本中有 {count} 个 Token 或解读方式；这是第一个，其他的也可选择查看。</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>This text ({text}) is not an Agora token and holds none: looked in its URL parameters, log fields, JSON values, quoted strings and words for tokens starting with &apos;007&apos;, &apos;006&apos; or &apos;005&apos;, signaling tokens (&apos;1:…&apos;) and dynamic keys of 90 to 113 hex digits.</source>
        <translation>此文本（{text}）不是声网 Token，也不包含 Token：已在其 URL 参数、日志字段、JSON 值、引号中的字符串和单词中查找以“007”“006”或“005”开头的 Token、信令 Token（“1:…”）以及 90 到 113 位十六进制的动态密钥。</translation>
    </message>
    <message>
        <source>a URL&apos;s `{key}` fragment parameter</source>
        <translation>网址的 `{key}` 片段参数</translation>
    </message>
    <message>
        <source>a URL&apos;s `{key}` parameter</source>
        <translation>网址的 `{key}` 参数</translation>
    </message>
    <message>
        <source>a JSON snippet&apos;s `{key}` field</source>
        <translation>一段 JSON 的 `{key}` 字段</translation>
    </message>
    <message>
        <source>a log line&apos;s `{key}` field</source>
        <translation>日志行的 `{key}` 字段</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引号</translation>
    </message>
    <message>
        <source>Undid JSON&apos;s &apos;\/&apos; escaping of &apos;/&apos;.</source>
        <translation>已还原 JSON 对“/”的“\/”转义。</translation>
    </message>
    <message>
        <source>Turned URL-safe Base64 (&apos;-&apos; and &apos;_&apos;) back into the &apos;+&apos; and &apos;/&apos; tokens use.</source>
        <translation>已将 URL 安全的 Base64（“-”和“_”）还原为 Token 使用的“+”和“/”。</translation>
    </message>
    <message>
        <source>Added the missing &apos;=&apos; padding at the end.</source>
        <translation>已在末尾补上缺少的“=”填充。</translation>
    </message>
    <message>
        <source>Added the missing &apos;==&apos; padding at the end.</source>
        <translation>已在末尾补上缺少的“==”填充。</translation>
    </message>
    <message>
        <source>Joined {count} lines: the token had been wrapped (as e-mail does).</source>
        <translation>已合并 {count} 行：Token 曾被折行（电子邮件常会这样）。</translation>
    </message>
    <message>
        <source>Removed {count} stray space inside the token.</source>
        <translation>已删除 Token 中的 {count} 个多余空格。</translation>
    </message>
    <message>
        <source>Removed {count} stray spaces inside the token.</source>
        <translation>已删除 Token 中的 {count} 个多余空格。</translation>
    </message>
    <message>
        <source>Turned {count} space inside the token into &apos;+&apos; (a URL or form field had changed them).</source>
        <translation>已将 Token 中的 {count} 个空格改为“+”（URL 或表单字段改动过它们）。</translation>
    </message>
    <message>
        <source>Turned {count} spaces inside the token into &apos;+&apos; (a URL or form field had changed them).</source>
        <translation>已将 Token 中的 {count} 个空格改为“+”（URL 或表单字段改动过它们）。</translation>
    </message>
    <message>
        <source>Found what looks like {noun} in {where}, but it does not decode: {reason}</source>
        <translation>在{where}中找到的内容看似{noun}，但无法解析：{reason}</translation>
    </message>
    <message>
        <source>Found {noun} in {where}.</source>
        <translation>在{where}中找到{noun}。</translation>
    </message>
    <message>
        <source>The text is empty; paste an Agora token or dynamic key.</source>
        <translation>文本为空；请粘贴声网 Token 或动态密钥。</translation>
    </message>
    <message>
        <source>This is {count} hexadecimal characters, which is no known key: DynamicKey v1 has 90, DynamicKey4 103 (starting &apos;004&apos;), DynamicKey2 110 and DynamicKey3 113 (starting &apos;003&apos;).</source>
        <translation>这是 {count} 个十六进制字符，不是任何已知的 Key：DynamicKey v1 有 90 个，DynamicKey4 有 103 个（以“004”开头），DynamicKey2 有 110 个，DynamicKey3 有 113 个（以“003”开头）。</translation>
    </message>
    <message>
        <source>This is not an Agora token: tokens start with &apos;007&apos;, &apos;006&apos; or &apos;005&apos;, signaling tokens with &apos;1:&apos;, and older dynamic keys are 90 to 113 hex digits; this text is {text}.</source>
        <translation>这不是声网 Token：Token 以“007”“006”或“005”开头，信令 Token 以“1:”开头，旧版动态密钥为 90 到 113 位十六进制数；此文本为 {text}。</translation>
    </message>
</context>
</TS>
