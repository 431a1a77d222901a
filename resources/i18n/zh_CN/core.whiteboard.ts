<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The Access Key (AK)</source>
        <translation>Access Key（AK）</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK)</source>
        <translation>Secret Access Key（SK）</translation>
    </message>
    <message>
        <source>The lifespan</source>
        <translation>有效期（lifespan）</translation>
    </message>
    <message>
        <source>The nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>The time (now_ms)</source>
        <translation>时间（now_ms）</translation>
    </message>
    <message>
        <source>Room UUID</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>Task UUID</source>
        <translation>任务 UUID</translation>
    </message>
    <message>
        <source>The Room UUID</source>
        <translation>房间 UUID</translation>
    </message>
    <message>
        <source>The Task UUID</source>
        <translation>任务 UUID</translation>
    </message>
    <message>
        <source>The time plus the lifespan passes what JavaScript prints exactly ({limit} ms).</source>
        <translation>时间加有效期超过了 JavaScript 能精确输出的范围（{limit} 毫秒）。</translation>
    </message>
    <message>
        <source>{label} must be text, not {type}.</source>
        <translation>{label}必须是文本，而不是 {type}。</translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <source>{label} has a character that is not valid Unicode at position {position} (a lone surrogate); the reference builders refuse it too.</source>
        <translation>{label}在位置 {position} 有一个无效的 Unicode 字符（孤立代理项）；参考实现也会拒绝它。</translation>
    </message>
    <message>
        <source>The whiteboard role must be 0 (admin), 1 (writer) or 2 (reader), not {value}.</source>
        <translation>白板角色必须是 0（admin）、1（writer）或 2（reader），而不是 {value}。</translation>
    </message>
    <message>
        <source>The whiteboard builder must be sdk, room or task, not {value}.</source>
        <translation>白板生成器必须是 sdk、room 或 task，而不是 {value}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number of milliseconds, not {value}; the reference would print a fraction into the token.</source>
        <translation>{label}必须是整数毫秒，而不是 {value}；参考实现会把小数写进 Token。</translation>
    </message>
    <message>
        <source>{label} must not be negative ({value}); use 0 for a token that never expires.</source>
        <translation>{label}不能为负数（{value}）；永不过期的 Token 请使用 0。</translation>
    </message>
    <message>
        <source>{label} is {value}, more than JavaScript can print exactly ({limit}).</source>
        <translation>{label}为 {value}，超过了 JavaScript 能精确输出的范围（{limit}）。</translation>
    </message>
    <message>
        <source>An SDK token is not bound to a room or task; leave out the uuid.</source>
        <translation>SDK Token 不绑定房间或任务；请不要填写 uuid。</translation>
    </message>
    <message>
        <source>A {kind} token needs the {what} (uuid).</source>
        <translation>{kind} Token 需要{what}（uuid）。</translation>
    </message>
    <message>
        <source>The {what} is not 32 lowercase hex digits, as Agora&apos;s UUIDs are.</source>
        <translation>{what}不是 32 位小写十六进制数字，而声网的 UUID 都是这种格式。</translation>
    </message>
    <message>
        <source>The nonce is empty; the references draw a fresh UUID.</source>
        <translation>Nonce 为空；参考实现会生成一个新的 UUID。</translation>
    </message>
    <message>
        <source>A lifespan of 0 makes a token that never expires; Agora advises against it.</source>
        <translation>有效期为 0 会生成永不过期的 Token；声网不建议这样做。</translation>
    </message>
    <message>
        <source>The lifespan is {span} ms (under a second); whiteboard lifespans are in milliseconds, not seconds.</source>
        <translation>有效期为 {span} 毫秒（不到一秒）；白板的有效期以毫秒而不是秒为单位。</translation>
    </message>
    <message>
        <source>Whiteboard {builder} token</source>
        <translation>白板 {builder} Token</translation>
    </message>
    <message>
        <source>The whiteboard token has a character that is not base64url ({char}) at position {index} after its prefix.</source>
        <translation>白板 Token 在前缀之后的位置 {index} 有一个不属于 base64url 的字符（{char}）。</translation>
    </message>
    <message>
        <source>The whiteboard token has &apos;=&apos; padding before its end; two tokens may have been pasted together.</source>
        <translation>白板 Token 在末尾之前有 &apos;=&apos; 填充；可能把两个 Token 粘贴到了一起。</translation>
    </message>
    <message>
        <source>The token carries &apos;=&apos; padding, which the references strip.</source>
        <translation>Token 带有 &apos;=&apos; 填充，参考实现会去掉它。</translation>
    </message>
    <message>
        <source>The token uses standard Base64 (&apos;+&apos; or &apos;/&apos;), not base64url.</source>
        <translation>Token 使用的是标准 Base64（&apos;+&apos; 或 &apos;/&apos;），而不是 base64url。</translation>
    </message>
    <message>
        <source>The whiteboard token is {length} base64url characters long after its prefix, which no byte string encodes to; it is cut off or has characters missing.</source>
        <translation>白板 Token 前缀之后有 {length} 个 base64url 字符，没有任何字节串会编码成这个长度；它被截断了或缺少字符。</translation>
    </message>
    <message>
        <source>The whiteboard token is not valid base64url ({reason}).</source>
        <translation>白板 Token 不是有效的 base64url（{reason}）。</translation>
    </message>
    <message>
        <source>The whiteboard token&apos;s {what} has a &apos;%&apos; at position {position} that is not followed by two hex digits.</source>
        <translation>白板 Token 的{what}在位置 {position} 有一个 &apos;%&apos;，其后不是两位十六进制数字。</translation>
    </message>
    <message>
        <source>The whiteboard token&apos;s {what} percent-decodes to bytes that are not UTF-8 (byte {byte}).</source>
        <translation>白板 Token 的{what}经百分号解码后不是 UTF-8 字节（第 {byte} 字节）。</translation>
    </message>
    <message>
        <source>A whiteboard token starts with NETLESSSDK_, NETLESSROOM_ or NETLESSTASK_ (capital letters); this text does not.</source>
        <translation>白板 Token 以 NETLESSSDK_、NETLESSROOM_ 或 NETLESSTASK_（大写）开头；此文本不是。</translation>
    </message>
    <message>
        <source>The whiteboard token has nothing after {prefix}.</source>
        <translation>白板 Token 在 {prefix} 之后没有内容。</translation>
    </message>
    <message>
        <source>The whiteboard token decodes to bytes that are not UTF-8 text (byte {byte}); it is damaged.</source>
        <translation>白板 Token 解码出的字节不是 UTF-8 文本（第 {byte} 字节）；它已损坏。</translation>
    </message>
    <message>
        <source>Part {number} of the whiteboard token&apos;s query ({part}) has no &apos;=&apos;; the token is damaged.</source>
        <translation>白板 Token 查询串的第 {number} 部分（{part}）没有 &apos;=&apos;；Token 已损坏。</translation>
    </message>
    <message>
        <source>key in part {number}</source>
        <translation>第 {number} 部分的键</translation>
    </message>
    <message>
        <source>value of &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; 的值</translation>
    </message>
    <message>
        <source>The whiteboard token has the key &apos;{key}&apos; twice; it is ambiguous and no reference builder makes that.</source>
        <translation>白板 Token 中键 &apos;{key}&apos; 出现了两次；这有歧义，没有参考实现会这样生成。</translation>
    </message>
    <message>
        <source>The whiteboard token has no &apos;sig&apos; field; it is not signed.</source>
        <translation>白板 Token 没有 &apos;sig&apos; 字段；它没有签名。</translation>
    </message>
    <message>
        <source>The whiteboard token&apos;s expireAt is {value}, not a whole number of milliseconds of at most 16 digits.</source>
        <translation>白板 Token 的 expireAt 为 {value}，不是最多 16 位的整数毫秒。</translation>
    </message>
    <message>
        <source>The token has no &apos;{key}&apos; field; the reference builders always add it.</source>
        <translation>Token 没有 &apos;{key}&apos; 字段；参考实现总会添加它。</translation>
    </message>
    <message>
        <source>The role {role} is not 0, 1 or 2 (unknown role).</source>
        <translation>角色 {role} 不是 0、1 或 2（未知角色）。</translation>
    </message>
    <message>
        <source>An SDK token carries a uuid; the reference builders never add one.</source>
        <translation>SDK Token 带有 uuid；参考实现从不添加它。</translation>
    </message>
    <message>
        <source>This {builder} token has no uuid, so it is bound to no {builder}.</source>
        <translation>此 {builder} Token 没有 uuid，因此不绑定任何 {builder}。</translation>
    </message>
    <message>
        <source>The sig is not 64 hex digits, so no Secret Access Key can verify it.</source>
        <translation>sig 不是 64 位十六进制数字，因此任何 Secret Access Key 都无法校验它。</translation>
    </message>
    <message>
        <source>The sig has capital hex letters; the references write lowercase.</source>
        <translation>sig 含有大写十六进制字母；参考实现写的是小写。</translation>
    </message>
    <message>
        <source>The token has fields no reference builder writes: {fields}.</source>
        <translation>Token 含有参考实现从不写入的字段：{fields}。</translation>
    </message>
    <message>
        <source>signed over the {form} JSON form</source>
        <translation>按 {form} JSON 形式签名</translation>
    </message>
    <message>
        <source>signed with an empty {field} that the query leaves out</source>
        <translation>签名时包含了查询串中省略的空 {field}</translation>
    </message>
    <message>
        <source>A token made by the C# reference with non-ASCII text cannot be verified (it signs &apos;?&apos; for every non-ASCII character).</source>
        <translation>由 C# 参考实现生成且含非 ASCII 文本的 Token 无法校验（它把每个非 ASCII 字符都签成 &apos;?&apos;）。</translation>
    </message>
</context>
</TS>
