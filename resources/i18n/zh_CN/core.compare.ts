<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Trailing bytes</source>
        <translation>尾随字节</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SDKs and services accept different formats; 007 is the current one.</source>
        <translation>不同的 SDK 和服务接受不同的格式；007 是当前格式。</translation>
    </message>
    <message>
        <source>A token works only for the App ID it was made for.</source>
        <translation>Token 只对生成它时所用的 App ID 有效。</translation>
    </message>
    <message>
        <source>The expiry is counted from the issue time; a future issue time is refused.</source>
        <translation>过期时间从签发时间起算；签发时间在未来的 Token 会被拒绝。</translation>
    </message>
    <message>
        <source>The lifetime decides when the token expires.</source>
        <translation>有效期决定 Token 何时过期。</translation>
    </message>
    <message>
        <source>A token is refused after its expiry.</source>
        <translation>Token 过期后会被拒绝。</translation>
    </message>
    <message>
        <source>Without the service the token cannot be used for that product.</source>
        <translation>缺少该服务，Token 就不能用于对应的产品。</translation>
    </message>
    <message>
        <source>The token works only for this channel.</source>
        <translation>Token 只对此频道有效。</translation>
    </message>
    <message>
        <source>The token works only for this room.</source>
        <translation>Token 只对此房间有效。</translation>
    </message>
    <message>
        <source>The token works only for this uid or account (&quot;&quot; = any).</source>
        <translation>Token 只对此 uid 或用户账号有效（&quot;&quot; = 任意用户）。</translation>
    </message>
    <message>
        <source>The token works only for this account (&quot;&quot; = any).</source>
        <translation>Token 只对此用户账号有效（&quot;&quot; = 任意用户）。</translation>
    </message>
    <message>
        <source>The token works only for this user id.</source>
        <translation>Token 只对此用户 ID 有效。</translation>
    </message>
    <message>
        <source>The token works only for this user.</source>
        <translation>Token 只对此用户有效。</translation>
    </message>
    <message>
        <source>The role decides what the user may do.</source>
        <translation>角色决定用户可以做什么。</translation>
    </message>
    <message>
        <source>RTM2 permissions decide which channels and users may be used.</source>
        <translation>RTM2 资源权限决定可以使用哪些频道和用户。</translation>
    </message>
    <message>
        <source>A privilege decides what the user may do, and until when.</source>
        <translation>权限决定用户可以做什么，以及到何时为止。</translation>
    </message>
    <message>
        <source>Only a CRC-32 is stored: the token was made for another name.</source>
        <translation>Token 中只存储了 CRC-32：它是为另一个名称生成的。</translation>
    </message>
    <message>
        <source>When the key was made.</source>
        <translation>Key 的生成时间。</translation>
    </message>
    <message>
        <source>The service decides what the key can be used for.</source>
        <translation>服务决定 Key 的用途。</translation>
    </message>
    <message>
        <source>The permission decides whether the user may upload.</source>
        <translation>该权限决定用户是否可以上传。</translation>
    </message>
    <message>
        <source>A token that needed repairs fails if the app passes it unrepaired.</source>
        <translation>需要修复才能解析的 Token，如果 App 未经修复就传入，会失败。</translation>
    </message>
    <message>
        <source>The token stops working when its first needed privilege lapses.</source>
        <translation>第一个所需权限到期时，Token 就不再可用。</translation>
    </message>
    <message>
        <source>The parts this tool cannot read differ too.</source>
        <translation>本工具无法读取的部分也不相同。</translation>
    </message>
    <message>
        <source>channel and uid</source>
        <translation>频道名和 uid</translation>
    </message>
    <message>
        <source>channel, uid and service</source>
        <translation>频道名、uid 和服务</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>{utc} ({instant})</source>
        <translation>{utc}（{instant}）</translation>
    </message>
    <message>
        <source>0 (no separate limit)</source>
        <translation>0（无单独限制）</translation>
    </message>
    <message>
        <source>{seconds} s after issue ({duration})</source>
        <translation>签发后 {seconds} 秒（{duration}）</translation>
    </message>
    <message>
        <source>0 (never expires)</source>
        <translation>0（永不过期）</translation>
    </message>
    <message>
        <source>{clauses}; {clause}</source>
        <translation>{clauses}；{clause}</translation>
    </message>
    <message>
        <source>privileges {ids}</source>
        <translation>权限 {ids}</translation>
    </message>
    <message>
        <source>privileges none</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>{service}: {field}</source>
        <translation>{service}：{field}</translation>
    </message>
    <message>
        <source>Issue time</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>{seconds} s ({duration})</source>
        <translation>{seconds} 秒（{duration}）</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>{name} service #{number}</source>
        <translation>{name} 服务 #{number}</translation>
    </message>
    <message>
        <source>{name} service</source>
        <translation>{name} 服务</translation>
    </message>
    <message>
        <source>Unparsed services</source>
        <translation>未解析的服务</translation>
    </message>
    <message>
        <source>from type {type}: {hex}</source>
        <translation>从类型 {type} 起：{hex}</translation>
    </message>
    <message>
        <source>Bytes after the body</source>
        <translation>正文之后的字节</translation>
    </message>
    <message>
        <source>Expiry (ts)</source>
        <translation>过期时间（ts）</translation>
    </message>
    <message>
        <source>Channel (CRC-32)</source>
        <translation>频道名（CRC-32）</translation>
    </message>
    <message>
        <source>Privilege {name} ({pid})</source>
        <translation>权限 {name}（{pid}）</translation>
    </message>
    <message>
        <source>{uid} (any uid)</source>
        <translation>{uid}（任意 uid）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>Extra {key}</source>
        <translation>附加字段 {key}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>0 (never)</source>
        <translation>0（永不过期）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>{value} ({meaning})</source>
        <translation>{value}（{meaning}）</translation>
    </message>
    <message>
        <source>Room/Task UUID</source>
        <translation>房间/任务 UUID</translation>
    </message>
    <message>
        <source>{when}, {ms} ms</source>
        <translation>{when}，{ms} ms</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Repairs to decode</source>
        <translation>解析前的修复</translation>
    </message>
    <message>
        <source>Effective expiry</source>
        <translation>实际过期时间</translation>
    </message>
    <message>
        <source>not yet valid (issued in the future)</source>
        <translation>尚未生效（签发时间在未来）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>A random value: it changes the signature, never what the token allows.</source>
        <translation>随机值：它会改变签名，但不会改变 Token 允许的操作。</translation>
    </message>
    <message>
        <source>Whitespace, quotes or surrounding text from pasting: the token inside is what was compared.</source>
        <translation>粘贴带入的空白、引号或周围文字：对比的是其中的 Token。</translation>
    </message>
    <message>
        <source>Both tokens are {state} at the moment compared ({utc}); this time does not change that.</source>
        <translation>在对比的时刻（{utc}）两个 Token 都{state}；这个时间不会改变这一点。</translation>
    </message>
    <message>
        <source>{why} At {utc} token A is {a}, token B {b}.</source>
        <translation>{why}在 {utc}，Token A {a}，Token B {b}。</translation>
    </message>
    <message>
        <source>Follows from the other differences; it cannot show the certificate.</source>
        <translation>由其他差异导致；无法据此判断证书。</translation>
    </message>
    <message>
        <source>Same content and salt, different signature: signed with different App Certificates, or a different {hidden} (signed but not stored).</source>
        <translation>内容和盐值相同，签名不同：由不同的 App 证书签发，或{hidden}不同（参与签名但未存储在 Token 中）。</translation>
    </message>
    <message>
        <source>Same content and salt, different signature: signed with different App Certificates.</source>
        <translation>内容和盐值相同，签名不同：由不同的 App 证书签发。</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Same payload compressed differently (another zlib level or library); only the decoded content counts.</source>
        <translation>相同内容的压缩方式不同（zlib 压缩级别或库不同）；只有解码后的内容才有意义。</translation>
    </message>
    <message>
        <source>A {format} does not store the {hidden}: they may still differ there, which no comparison without the certificate can see.</source>
        <translation>{format} 不存储{hidden}：两者在这方面仍可能不同，不借助证书的对比无法发现。</translation>
    </message>
    <message>
        <source>{count} characters, zlib header {header}</source>
        <translation>{count} 个字符，zlib 头 {header}</translation>
    </message>
    <message>
        <source>Token {which}: {reason}</source>
        <translation>Token {which}：{reason}</translation>
    </message>
</context>
</TS>
