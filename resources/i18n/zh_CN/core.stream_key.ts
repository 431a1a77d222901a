<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>A stream key carries no MAC: a wrong App Certificate is detected only because the bytes it decrypts to are not a key map.</source>
        <translation>推流码不带 MAC：只有解密出的字节不是键值映射时，才能发现 App 证书错误。</translation>
    </message>
    <message>
        <source>The uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>The channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>The template id</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <source>The time (now)</source>
        <translation>时间（now）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>unix seconds</source>
        <translation>Unix 秒</translation>
    </message>
    <message>
        <source>a type byte</source>
        <translation>类型字节</translation>
    </message>
    <message>
        <source>the map header</source>
        <translation>映射头</translation>
    </message>
    <message>
        <source>a {name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>the {name} length</source>
        <translation>{name} 长度</translation>
    </message>
    <message>
        <source>the {name} size</source>
        <translation>{name} 大小</translation>
    </message>
    <message>
        <source>The expiry (now + expires_after) passes {limit} (year 2106).</source>
        <translation>过期时间（now + expires_after）超过了 {limit}（2106 年）。</translation>
    </message>
    <message>
        <source>Stream keys need AES from the &apos;cryptography&apos; package: install it with pip install &apos;agora-token-gui[{extra}]&apos;.</source>
        <translation>推流码需要 &apos;cryptography&apos; 包提供的 AES：请用 pip install &apos;agora-token-gui[{extra}]&apos; 安装。</translation>
    </message>
    <message>
        <source>A text of {size} bytes is too long for MessagePack.</source>
        <translation>{size} 字节的文本对 MessagePack 来说太长。</translation>
    </message>
    <message>
        <source>{value} is negative; the stream key holds unsigned integers.</source>
        <translation>{value} 是负数；推流码只能容纳无符号整数。</translation>
    </message>
    <message>
        <source>the plaintext ends at byte {end} inside {what} that needs {size} bytes from byte {start}</source>
        <translation>明文在第 {end} 字节处结束，而{what}需要从第 {start} 字节起的 {size} 字节</translation>
    </message>
    <message>
        <source>byte {start} (0x{tag}) is not a MessagePack scalar a stream key can hold</source>
        <translation>第 {start} 字节（0x{tag}）不是推流码可容纳的 MessagePack 标量</translation>
    </message>
    <message>
        <source>a {name} of {size} bytes</source>
        <translation>{size} 字节的 {name}</translation>
    </message>
    <message>
        <source>the {name} at byte {start} is not UTF-8 text</source>
        <translation>第 {start} 字节处的 {name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the plaintext starts with 0x{tag}, not a MessagePack map header</source>
        <translation>明文以 0x{tag} 开头，不是 MessagePack 映射头</translation>
    </message>
    <message>
        <source>the map header announces {count} entries in {size} bytes</source>
        <translation>映射头声明在 {size} 字节中有 {count} 个条目</translation>
    </message>
    <message>
        <source>the map key at byte {at} is a {type}, not text</source>
        <translation>第 {at} 字节处的映射键是 {type}，不是文本</translation>
    </message>
    <message>
        <source>the map has the key {key} twice</source>
        <translation>映射中键 {key} 出现了两次</translation>
    </message>
    <message>
        <source>the channel name (C, byte {at}) is a {type}, not text</source>
        <translation>频道名（C，第 {at} 字节）是 {type}，不是文本</translation>
    </message>
    <message>
        <source>the uid (U, byte {at}) is a {type}, not text or a whole number</source>
        <translation>uid（U，第 {at} 字节）是 {type}，不是文本或整数</translation>
    </message>
    <message>
        <source>the expiry (E, byte {at}) is a {type}, not a whole number</source>
        <translation>过期时间（E，第 {at} 字节）是 {type}，不是整数</translation>
    </message>
    <message>
        <source>the template id (T, byte {at}) is a {type}, not text</source>
        <translation>模板 ID（T，第 {at} 字节）是 {type}，不是文本</translation>
    </message>
    <message>
        <source>{count} bytes follow the map (from byte {start})</source>
        <translation>映射之后还有 {count} 字节（从第 {start} 字节起）</translation>
    </message>
    <message>
        <source>the map has no {keys} entry</source>
        <translation>映射中没有 {keys} 条目</translation>
    </message>
    <message>
        <source>The key map has entries the docs sample never writes: {keys}.</source>
        <translation>键值映射中有文档示例从不写入的条目：{keys}。</translation>
    </message>
    <message>
        <source>A number is stored as float64, as msgpack-lite 0.1.26 writes numbers from 2^31 on; today&apos;s encoders write uint32 (the key decodes the same).</source>
        <translation>有数字以 float64 存储，msgpack-lite 0.1.26 对 2^31 及以上的数字就是这样写的；现在的编码器写作 uint32（推流码解析结果相同）。</translation>
    </message>
    <message>
        <source>{label} must be text, not {type}.</source>
        <translation>{label}必须是文本，而不是 {type}。</translation>
    </message>
    <message>
        <source>{label} has a character that is not valid Unicode at position {position}.</source>
        <translation>{label}在位置 {position} 有一个无效的 Unicode 字符。</translation>
    </message>
    <message>
        <source>{label} is {size} bytes long, too long for MessagePack.</source>
        <translation>{label}长 {size} 字节，对 MessagePack 来说太长。</translation>
    </message>
    <message>
        <source>{label} must be a whole number of {unit}, not {value}.</source>
        <translation>{label}必须是以{unit}为单位的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>{label} must not be negative ({value}).</source>
        <translation>{label}不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>{label} is {value}; a stream key holds at most {limit}.</source>
        <translation>{label}为 {value}；推流码最多能容纳 {limit}。</translation>
    </message>
    <message>
        <source>The App Certificate must be exactly 32 hex digits for a stream key (this one has {length} characters, not all of them hex).</source>
        <translation>用于推流码的 App 证书必须正好是 32 个十六进制数字（当前有 {length} 个字符，但并非都是十六进制）。</translation>
    </message>
    <message>
        <source>The App Certificate must be exactly 32 hex digits for a stream key (this one has {length} characters).</source>
        <translation>用于推流码的 App 证书必须正好是 32 个十六进制数字（当前有 {length} 个字符）。</translation>
    </message>
    <message>
        <source>The uid must be text (usual) or a whole number 0..{limit}, not {value}.</source>
        <translation>uid 必须是文本（通常如此）或 0..{limit} 之间的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>The channel name is {size} bytes; the gateway allows {limit}.</source>
        <translation>频道名有 {size} 字节；网关最多允许 {limit} 字节。</translation>
    </message>
    <message>
        <source>The channel name has characters outside a-z A-Z 0-9, space and ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ ,</source>
        <translation>频道名包含 a-z A-Z 0-9、空格和 ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _ {{ }} | ~ , 以外的字符</translation>
    </message>
    <message>
        <source>The uid is longer than {limit} bytes.</source>
        <translation>uid 超过 {limit} 字节。</translation>
    </message>
    <message>
        <source>The uid {uid} lets the gateway pick a random uid.</source>
        <translation>uid {uid} 会让网关随机分配一个 uid。</translation>
    </message>
    <message>
        <source>The uid {uid} is outside 1..{limit}; the gateway takes it as text.</source>
        <translation>uid {uid} 不在 1..{limit} 范围内；网关会把它当作文本。</translation>
    </message>
    <message>
        <source>The uid is an integer; the docs sample and the REST API use text (&quot;1001&quot;).</source>
        <translation>uid 是整数；文档示例和 REST API 使用文本（&quot;1001&quot;）。</translation>
    </message>
    <message>
        <source>The uid 0 lets the gateway pick a random uid.</source>
        <translation>uid 0 会让网关随机分配一个 uid。</translation>
    </message>
    <message>
        <source>The channel name and the uid are both empty or 0; the REST API refuses that.</source>
        <translation>频道名和 uid 都为空或 0；REST API 会拒绝。</translation>
    </message>
    <message>
        <source>The IV must be exactly 32 hex digits (16 bytes).</source>
        <translation>IV 必须正好是 32 个十六进制数字（16 字节）。</translation>
    </message>
    <message>
        <source>expires_after 0 puts the creation time in the key; whether the gateway then treats it as never expiring (as the REST API does) is not documented.</source>
        <translation>expires_after 为 0 时会把创建时间写入推流码；网关是否会像 REST API 那样将其视为永不过期，文档中没有说明。</translation>
    </message>
    <message>
        <source>The template id is empty; leave it out for the default.</source>
        <translation>模板 ID 为空；如需使用默认值，请不要填写。</translation>
    </message>
    <message>
        <source>Media Gateway stream key</source>
        <translation>媒体网关推流码</translation>
    </message>
    <message>
        <source>The stream key has a character that is not base64url ({char}) at position {index}.</source>
        <translation>推流码在位置 {index} 有一个不属于 base64url 的字符（{char}）。</translation>
    </message>
    <message>
        <source>The stream key has &apos;=&apos; padding before its end.</source>
        <translation>推流码在末尾之前有 &apos;=&apos; 填充。</translation>
    </message>
    <message>
        <source>The key carries &apos;=&apos; padding; the docs sample strips it.</source>
        <translation>推流码带有 &apos;=&apos; 填充；文档示例会去掉它。</translation>
    </message>
    <message>
        <source>The key uses standard Base64 (&apos;+&apos; or &apos;/&apos;), as a miscopied docs sample makes it (§S8.4); the gateway may expect base64url.</source>
        <translation>推流码使用了标准 Base64（&apos;+&apos; 或 &apos;/&apos;），错误复制的文档示例会产生这种结果（§S8.4）；网关可能要求 base64url。</translation>
    </message>
    <message>
        <source>The stream key is {length} base64url characters long, which no byte string encodes to; it is cut off or has characters missing.</source>
        <translation>推流码长 {length} 个 base64url 字符，没有任何字节串会编码成这个长度；它被截断了或缺少字符。</translation>
    </message>
    <message>
        <source>The stream key is {size} bytes, too short for a 16-byte IV and a payload.</source>
        <translation>推流码只有 {size} 字节，放不下 16 字节的 IV 和载荷。</translation>
    </message>
    <message>
        <source>It does not decrypt to a stream key with this App Certificate ({reason}). {note}</source>
        <translation>用此 App 证书解密得不到推流码（{reason}）。{note}</translation>
    </message>
</context>
</TS>
