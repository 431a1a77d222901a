<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Signature valid: this App Certificate signed the token.</source>
        <translation>签名有效：此 Token 由该 App 证书签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 App 证书签发的。</translation>
    </message>
    <message>
        <source>The App Certificate must be 32 hexadecimal characters; this one has {count} characters.</source>
        <translation>App 证书必须是 32 个十六进制字符；当前输入有 {count} 个字符。</translation>
    </message>
    <message>
        <source>The App Certificate must be 32 hexadecimal characters; this one has {count} characters and some are not hexadecimal.</source>
        <translation>App 证书必须是 32 个十六进制字符；当前输入有 {count} 个字符，且其中有非十六进制字符。</translation>
    </message>
    <message>
        <source>The {label} has a character that is not valid Unicode text at position {position}; type or paste it again.</source>
        <translation>{label}在位置 {position} 处有一个不是有效 Unicode 文本的字符；请重新输入或粘贴。</translation>
    </message>
    <message>
        <source>To verify this {name}, give the channel name: it is signed but not stored in it.</source>
        <translation>要校验此 {name}，请提供频道名：频道名参与签名，但未存储在其中。</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>To verify this {name}, give the numeric uid: it is signed but not stored in it.</source>
        <translation>要校验此 {name}，请提供数字 uid：uid 参与签名，但未存储在其中。</translation>
    </message>
    <message>
        <source>Signature valid: this App Certificate signed the token for channel {channel} and uid {uid}.</source>
        <translation>签名有效：此 Token 由该 App 证书为频道 {channel} 和 uid {uid} 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token for channel {channel} and uid {uid}; one of the three differs.</source>
        <translation>签名无效：此 Token 不是由该 App 证书为频道 {channel} 和 uid {uid} 签发的；三者之一不同。</translation>
    </message>
    <message>
        <source>Signature valid: this App Certificate signed the token as a {service} key ({tag}) for channel {channel} and uid {uid}.</source>
        <translation>签名有效：此 Token 由该 App 证书作为{service} Key（{tag}）为频道 {channel} 和 uid {uid} 签发。</translation>
    </message>
    <message>
        <source>tried the service tags ACS, ARS and APSS; {tag} matched</source>
        <translation>已尝试服务标记 ACS、ARS 和 APSS；{tag} 匹配</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token for channel {channel} and uid {uid} with any of the three services.</source>
        <translation>签名无效：该 App 证书没有以三种服务中的任何一种为频道 {channel} 和 uid {uid} 签发此 Token。</translation>
    </message>
    <message>
        <source>tried the service tags ACS, ARS and APSS; none matched</source>
        <translation>已尝试服务标记 ACS、ARS 和 APSS；均不匹配</translation>
    </message>
    <message>
        <source>To verify this signaling token, give the account: it is signed but not stored in it.</source>
        <translation>要校验此信令 Token，请提供用户账号：账号参与签名，但未存储在其中。</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Signature valid: this App Certificate signed the token for account {account}.</source>
        <translation>签名有效：此 Token 由该 App 证书为用户账号 {account} 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token for account {account}.</source>
        <translation>签名无效：此 Token 不是由该 App 证书为用户账号 {account} 签发的。</translation>
    </message>
    <message>
        <source>media channel</source>
        <translation>媒体频道</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>public sharing</source>
        <translation>公开分享</translation>
    </message>
    <message>
        <source>Signature valid: this App Certificate signed the token for channel {channel}.</source>
        <translation>签名有效：此 Token 由该 App 证书为频道 {channel} 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this App Certificate did not sign the token for channel {channel}.</source>
        <translation>签名无效：此 Token 不是由该 App 证书为频道 {channel} 签发的。</translation>
    </message>
    <message>
        <source>To verify this AccessToken (006), give the uid or account: it is signed but only its CRC-32 is stored.</source>
        <translation>要校验此 AccessToken (006)，请提供 uid 或用户账号：它参与签名，但 Token 中只存储了它的 CRC-32。</translation>
    </message>
    <message>
        <source>CRC-32 of channel {channel} matches the token</source>
        <translation>频道 {channel} 的 CRC-32 与 Token 一致</translation>
    </message>
    <message>
        <source>CRC-32 of channel {channel} differs from the token&apos;s</source>
        <translation>频道 {channel} 的 CRC-32 与 Token 中的不同</translation>
    </message>
    <message>
        <source>&apos;&apos; (uid 0, any user)</source>
        <translation>&apos;&apos;（uid 0，任意用户）</translation>
    </message>
    <message>
        <source>CRC-32 of uid {uid} matches the token</source>
        <translation>uid {uid} 的 CRC-32 与 Token 一致</translation>
    </message>
    <message>
        <source>CRC-32 of uid {uid} differs from the token&apos;s</source>
        <translation>uid {uid} 的 CRC-32 与 Token 中的不同</translation>
    </message>
    <message>
        <source>channel name and uid</source>
        <translation>频道名和 uid</translation>
    </message>
    <message>
        <source>Signature invalid: neither the channel name nor the uid given here is the one the token was made for (both CRC-32s differ).</source>
        <translation>签名无效：此处提供的频道名和 uid 都不是生成 Token 时所用的（两个 CRC-32 都不同）。</translation>
    </message>
    <message>
        <source>Signature invalid: the channel name given here is not the one the token was made for (its CRC-32 differs).</source>
        <translation>签名无效：此处提供的频道名不是生成 Token 时所用的（其 CRC-32 不同）。</translation>
    </message>
    <message>
        <source>Signature invalid: the uid given here is not the one the token was made for (its CRC-32 differs).</source>
        <translation>签名无效：此处提供的 uid 不是生成 Token 时所用的（其 CRC-32 不同）。</translation>
    </message>
    <message>
        <source>Signature invalid: the channel name and uid match the token, so the App Certificate is not the one that signed it.</source>
        <translation>签名无效：频道名和 uid 与 Token 一致，因此签发它的不是该 App 证书。</translation>
    </message>
    <message>
        <source>To verify a whiteboard token, give the Secret Access Key (SK) of its Access Key.</source>
        <translation>要校验白板 Token，请提供其 Access Key 对应的 Secret Access Key（SK）。</translation>
    </message>
    <message>
        <source>Signature valid: this Secret Access Key signed the token.</source>
        <translation>签名有效：此 Token 由该 Secret Access Key 签发。</translation>
    </message>
    <message>
        <source>Signature invalid: this Secret Access Key did not sign the token.</source>
        <translation>签名无效：此 Token 不是由该 Secret Access Key 签发的。</translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation>频道 {channel}</translation>
    </message>
    <message>
        <source>uid {uid} (text)</source>
        <translation>uid {uid}（字符串）</translation>
    </message>
    <message>
        <source>uid {uid} (integer)</source>
        <translation>uid {uid}（整数）</translation>
    </message>
    <message>
        <source>expires {utc} ({instant})</source>
        <translation>过期时间 {utc}（{instant}）</translation>
    </message>
    <message>
        <source>template {template}</source>
        <translation>模板 {template}</translation>
    </message>
    <message>
        <source>default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <source>Opened: with this App Certificate the key decrypts to a well-formed stream key (it carries no MAC, so that is all a check can say).</source>
        <translation>已打开：用该 App 证书可将此密钥解密为格式正确的推流密钥（它不带 MAC，校验只能确认这一点）。</translation>
    </message>
</context>
</TS>
